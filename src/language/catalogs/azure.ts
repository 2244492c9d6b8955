// The built-in `azure` catalog: Microsoft's Azure role-based certifications and the Azure-adjacent ones
// Microsoft's catalog lists under Azure, with their 2025–2026 retirements, replacements and prerequisites.
import type { CatalogPrerequisite } from './catalog-types.js';

export const azureAsOf = '2026-10-09';

export const azureCatalogText = String.raw`// Built-in catalog: Microsoft Azure certifications (read-only). Newest evidence: 2026-10-09.
// Bring it into a tree with \`use azure\`. Levels: Fundamentals -> foundational, Associate -> associate,
// Expert -> professional, Specialty -> specialty.
// Minutes follow Microsoft's published policy: Fundamentals 45, Associate and Expert 100
// (120 for exams with labs; Microsoft does not say which exams have labs).
// Question counts are not published per exam ("typically between 40-60"), so none is given.
// Prices are US list prices from third-party sources (Fundamentals 99, others 165); no official
// Microsoft price page was read. Passing score 700/1000 (third-party). Role-based and Specialty
// certifications last one year and renew with a free online assessment (third-party);
// Fundamentals do not expire.

cert azure_fundamentals "Microsoft Certified: Azure Fundamentals" {
  level foundational
  code "AZ-900"
  minutes 45 price 99
  url "https://learn.microsoft.com/en-us/credentials/certifications/azure-fundamentals/"
}

// The credential's qualifying exam is AI-901 since AI-900 retired on 2026-06-30.
cert azure_ai_fundamentals "Microsoft Certified: Azure AI Fundamentals" {
  level foundational
  code "AI-901"
  minutes 45 price 99
  url "https://learn.microsoft.com/en-us/credentials/certifications/azure-ai-fundamentals/"
}

// The same credential under its former exam: AI-901 replaced AI-900 as its qualifying exam.
// Holders of Azure AI Fundamentals keep it. Retirement day from a third-party source and
// notes quoting Microsoft's retired-exams page.
cert azure_ai_fundamentals_ai900 "Microsoft Certified: Azure AI Fundamentals" {
  level foundational
  code "AI-900"
  minutes 45 price 99
  retired "2026-06-30"
  renamed azure_ai_fundamentals
}

cert azure_data_fundamentals "Microsoft Certified: Azure Data Fundamentals" {
  level foundational
  code "DP-900"
  minutes 45 price 99
  url "https://learn.microsoft.com/en-us/credentials/certifications/azure-data-fundamentals/"
}

cert security_compliance_identity_fundamentals "Microsoft Certified: Security, Compliance, and Identity Fundamentals" {
  level foundational
  code "SC-900"
  minutes 45 price 99
  url "https://learn.microsoft.com/en-us/credentials/certifications/security-compliance-and-identity-fundamentals/"
}

// Minutes: 100, or 120 if the exam has labs.
cert azure_administrator "Microsoft Certified: Azure Administrator Associate" {
  level associate
  code "AZ-104"
  minutes 100 price 165
  url "https://learn.microsoft.com/en-us/credentials/certifications/azure-administrator/"
}

// Microsoft named AI-200 as the direct replacement. One third-party source says it retired on
// 2026-08-31; the sources quoting Microsoft say 2026-07-31. A held Azure Developer Associate
// still satisfies DevOps Engineer Expert while it is active on the transcript (Microsoft Q&A,
// third-party citation).
cert azure_developer "Microsoft Certified: Azure Developer Associate" {
  level associate
  code "AZ-204"
  minutes 100 price 165
  retired "2026-07-31"
  successor azure_ai_cloud_developer
  url "https://learn.microsoft.com/en-us/credentials/certifications/azure-developer/"
}

// Replaces AZ-204. Beta about April–May 2026, generally available about July 2026 (third-party dates).
cert azure_ai_cloud_developer "Microsoft Certified: Azure AI Cloud Developer Associate" {
  level associate
  code "AI-200"
  minutes 100 price 165
  url "https://learn.microsoft.com/en-us/credentials/certifications/azure-ai-cloud-developer-associate/"
}

// Last day 2026-08-31 at 11:59 PM Central (third-party source quoting Microsoft Learn). Other
// third-party sites give 2026-06-30 or 2026-09-30; the sources quoting Microsoft outweigh them.
cert azure_security_engineer "Microsoft Certified: Azure Security Engineer Associate" {
  level associate
  code "AZ-500"
  minutes 100 price 165
  retired "2026-08-31"
  successor cloud_ai_security_engineer
  url "https://learn.microsoft.com/en-us/credentials/certifications/azure-security-engineer/"
}

// Replaces AZ-500. Beta opened 2026-05-15, generally available about July 2026 (third-party dates).
cert cloud_ai_security_engineer "Microsoft Certified: Cloud and AI Security Engineer Associate" {
  level associate
  code "SC-500"
  minutes 100 price 165
  url "https://learn.microsoft.com/en-us/credentials/certifications/cloud-and-ai-security-engineer-associate/"
}

cert azure_network_engineer "Microsoft Certified: Azure Network Engineer Associate" {
  level associate
  code "AZ-700"
  minutes 100 price 165
  url "https://learn.microsoft.com/en-us/credentials/certifications/azure-network-engineer-associate/"
}

// Awarded only to holders of Azure Administrator Associate; AZ-104 is not needed to sit AZ-305.
cert azure_solutions_architect "Microsoft Certified: Azure Solutions Architect Expert" {
  level professional
  code "AZ-305"
  minutes 100 price 165
  url "https://learn.microsoft.com/en-us/credentials/certifications/azure-solutions-architect/"
}

// Needs Azure Administrator Associate or Azure Developer Associate. As of October 2026 the newer
// Azure AI Cloud Developer Associate (AI-200) is not listed as satisfying it.
cert devops_engineer "Microsoft Certified: DevOps Engineer Expert" {
  level professional
  code "AZ-400"
  minutes 100 price 165
  url "https://learn.microsoft.com/en-us/credentials/certifications/devops-engineer/"
}

// Its renewal assessment retired too.
cert azure_ai_engineer "Microsoft Certified: Azure AI Engineer Associate" {
  level associate
  code "AI-102"
  minutes 100 price 165
  retired "2026-06-30"
  successor azure_ai_apps_agents_developer
  url "https://learn.microsoft.com/en-us/credentials/certifications/azure-ai-engineer/"
}

// Replaces AI-102. Beta in mid-2026, generally available by about July 2026 (third-party dates).
cert azure_ai_apps_agents_developer "Microsoft Certified: Azure AI Apps and Agents Developer Associate" {
  level associate
  code "AI-103"
  minutes 100 price 165
  url "https://learn.microsoft.com/en-us/credentials/certifications/azure-ai-apps-and-agents-developer-associate/"
}

// Microsoft names Machine Learning Operations Engineer Associate (AI-300) as the replacement path.
cert azure_data_scientist "Microsoft Certified: Azure Data Scientist Associate" {
  level associate
  code "DP-100"
  minutes 100 price 165
  retired "2026-06-01"
  successor mlops_engineer
  url "https://learn.microsoft.com/en-us/credentials/certifications/azure-data-scientist/"
}

// Replaces DP-100.
cert mlops_engineer "Microsoft Certified: Machine Learning Operations Engineer Associate" {
  level associate
  code "AI-300"
  minutes 100 price 165
  url "https://learn.microsoft.com/en-us/credentials/certifications/operationalizing-machine-learning-and-generative-ai-solutions/"
}

// In beta as of 2026-08-31; its general availability date, length, price and prerequisites are
// unconfirmed, so none is given.
cert multi_agent_ai_solutions_expert "Microsoft Certified: Multi-Agent AI Solutions Expert" {
  level professional
  code "AI-500"
  url "https://learn.microsoft.com/en-us/credentials/certifications/multi-agent-ai-solutions-expert/"
}

// Microsoft calls Fabric Data Engineer Associate (DP-700) the nearest replacement, not a direct one.
cert azure_data_engineer "Microsoft Certified: Azure Data Engineer Associate" {
  level associate
  code "DP-203"
  minutes 100 price 165
  retired "2025-03-31"
  successor fabric_data_engineer
}

cert azure_database_administrator "Microsoft Certified: Azure Database Administrator Associate" {
  level associate
  code "DP-300"
  minutes 100 price 165
  url "https://learn.microsoft.com/en-us/credentials/certifications/azure-database-administrator-associate/"
}

// New in 2026: listed as beta on 2026-03-28, active in Microsoft's catalog on 2026-08-31.
cert sql_ai_developer "Microsoft Certified: SQL AI Developer Associate" {
  level associate
  code "DP-800"
  minutes 100 price 165
  url "https://learn.microsoft.com/en-us/credentials/certifications/developing-ai-enabled-database-solutions/"
}

cert fabric_analytics_engineer "Microsoft Certified: Fabric Analytics Engineer Associate" {
  level associate
  code "DP-600"
  minutes 100 price 165
  url "https://learn.microsoft.com/en-us/credentials/certifications/fabric-analytics-engineer-associate/"
}

// The successor path for DP-203.
cert fabric_data_engineer "Microsoft Certified: Fabric Data Engineer Associate" {
  level associate
  code "DP-700"
  minutes 100 price 165
  url "https://learn.microsoft.com/en-us/credentials/certifications/fabric-data-engineer-associate/"
}

// New in 2026: beta March, generally available May 2026 (third-party dates). One prep site
// says 120 minutes (unconfirmed).
cert azure_databricks_data_engineer "Microsoft Certified: Azure Databricks Data Engineer Associate" {
  level associate
  code "DP-750"
  minutes 100 price 165
  url "https://learn.microsoft.com/en-us/credentials/certifications/implementing-data-engineering-solutions-using-azure-databricks/"
}

cert azure_cosmos_db_developer "Microsoft Certified: Azure Cosmos DB Developer Specialty" {
  level specialty
  code "DP-420"
  minutes 100 price 165
  url "https://learn.microsoft.com/en-us/credentials/certifications/azure-cosmos-db-developer-specialty/"
}

cert azure_sap_workloads "Microsoft Certified: Azure for SAP Workloads Specialty" {
  level specialty
  code "AZ-120"
  minutes 100 price 165
  url "https://learn.microsoft.com/en-us/credentials/certifications/azure-for-sap-workloads-specialty/"
}

cert azure_virtual_desktop "Microsoft Certified: Azure Virtual Desktop Specialty" {
  level specialty
  code "AZ-140"
  minutes 100 price 165
  url "https://learn.microsoft.com/en-us/credentials/certifications/azure-virtual-desktop-specialty/"
}

// Needed both exams, 100 minutes and 165 USD each: the minutes and price are the pair's totals.
// Replaced by the single consolidated AZ-802 exam.
cert windows_server_hybrid_administrator "Microsoft Certified: Windows Server Hybrid Administrator Associate" {
  level associate
  code "AZ-800 + AZ-801"
  minutes 200 price 330
  retired "2026-09-30"
  successor windows_server_administrator
  url "https://learn.microsoft.com/en-us/credentials/certifications/windows-server-hybrid-administrator/"
}

// Replaces AZ-800 + AZ-801. Active in Microsoft's catalog on 2026-08-31 (beta from June 2026,
// third-party); general availability date unconfirmed. Length unconfirmed (one prep site says
// 120 minutes) and price unconfirmed (Microsoft's usual Associate price is 165), so neither is
// given. Some prep sites call it "Windows Server Hybrid Administrator Associate (AZ-802)".
cert windows_server_administrator "Microsoft Certified: Windows Server Administrator Associate" {
  level associate
  code "AZ-802"
  url "https://learn.microsoft.com/en-us/credentials/certifications/windows-server-administrator-associate/"
}

// Needs one of Identity and Access Administrator, Security Operations Analyst, Azure Security
// Engineer (while active) or Cloud and AI Security Engineer: third-party notes citing Microsoft's
// page, which was not read directly.
cert cybersecurity_architect "Microsoft Certified: Cybersecurity Architect Expert" {
  level professional
  code "SC-100"
  minutes 100 price 165
  url "https://learn.microsoft.com/en-us/credentials/certifications/cybersecurity-architect-expert/"
}

cert security_operations_analyst "Microsoft Certified: Security Operations Analyst Associate" {
  level associate
  code "SC-200"
  minutes 100 price 165
  url "https://learn.microsoft.com/en-us/credentials/certifications/security-operations-analyst/"
}

cert identity_access_administrator "Microsoft Certified: Identity and Access Administrator Associate" {
  level associate
  code "SC-300"
  minutes 100 price 165
  url "https://learn.microsoft.com/en-us/credentials/certifications/identity-and-access-administrator/"
}

// Replaces SC-400, retired in May 2025 (2025-05-30 or 2025-05-31: third-party sources disagree).
cert information_security_administrator "Microsoft Certified: Information Security Administrator Associate" {
  level associate
  code "SC-401"
  minutes 100 price 165
  url "https://learn.microsoft.com/en-us/credentials/certifications/information-security-administrator/"
}

// Azure-adjacent certifications that Microsoft's catalog lists under Azure, all new in 2025–2026.
// Their length and price are Microsoft's program-wide figures, not read for these exams.

// Generally available about June 2026 (third-party).
cert ai_agent_builder "Microsoft Certified: AI Agent Builder Associate" {
  level associate
  code "AB-620"
  minutes 100 price 165
}

// Replaced MS-900, which retired on 2026-03-31.
cert copilot_agent_admin_fundamentals "Microsoft 365 Certified: Copilot and Agent Administration Fundamentals" {
  level foundational
  code "AB-900"
  minutes 45 price 99
}

// Generally available January 2026 (third-party). Its current list of prerequisites is unconfirmed:
// a March 2026 thread named AI-102 among them and said the list would change.
cert agentic_ai_business_solutions_architect "Microsoft Certified: Agentic AI Business Solutions Architect Expert" {
  level professional
  code "AB-100"
  minutes 100 price 165
}
`;

export const azurePrerequisites: readonly CatalogPrerequisite[] = [
    {
        cert: 'azure_solutions_architect', anyOf: ['azure_administrator'], kind: 'required',
        note: 'to receive the Expert credential; it is not needed to sit AZ-305',
    },
    {
        cert: 'devops_engineer', anyOf: ['azure_administrator', 'azure_developer'], kind: 'required',
        note: 'Azure AI Cloud Developer Associate (AI-200) is not listed as satisfying it as of October 2026',
    },
    {
        cert: 'cybersecurity_architect',
        anyOf: ['identity_access_administrator', 'security_operations_analyst', 'azure_security_engineer', 'cloud_ai_security_engineer'],
        kind: 'required', note: 'from third-party notes citing Microsoft\'s page',
    },
];
