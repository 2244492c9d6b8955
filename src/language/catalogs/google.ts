// The built-in `google` catalog: Google Cloud certifications, with their 2024–2026 retirements and replacements.
import type { CatalogPrerequisite } from './catalog-types.js';

export const googleAsOf = '2026-09-29';

export const googleCatalogText = String.raw`// Built-in catalog: Google Cloud certifications (read-only). Newest evidence: 2026-09-29.
// Bring it into a tree with \`use google\`. Levels: Foundational -> foundational, Associate -> associate,
// Professional -> professional; Google has no specialty tier.
// Google does not use exam codes, so no cert has a code. No Google certification has a
// prerequisite; Google publishes only recommended experience.
// Validity: Professional 2 years; Cloud Digital Leader, Associate Cloud Engineer and the
// foundational certifications 3 years. Passing scores are not published (pass/fail only).
// Google gives question counts as a range (50–60 for most exams), so no cert has a count.
// Exams moved from Kryterion to Pearson in 2026 (first Pearson test date 2026-03-02).

// New exam version live since 2026-08-12.
cert gcp_cloud_digital_leader "Cloud Digital Leader" {
  level foundational
  minutes 90 price 99
  url "https://cloud.google.com/learn/certification/cloud-digital-leader"
}

// Launched 2025-05-14. Length, price and 3-year validity from third-party sources.
cert gcp_generative_ai_leader "Generative AI Leader" {
  level foundational
  minutes 90 price 99
  url "https://cloud.google.com/learn/certification/generative-ai-leader"
}

cert gcp_associate_cloud_engineer "Associate Cloud Engineer" {
  level associate
  minutes 120 price 125
  url "https://cloud.google.com/learn/certification/cloud-engineer"
}

// Beta 2024-11-06 to 2024-12-01, generally available January 2025. Length, price and dates from
// third-party sources; its validity (2 years per one third-party source) is unconfirmed.
cert gcp_associate_data_practitioner "Associate Data Practitioner" {
  level associate
  minutes 120 price 125
  url "https://cloud.google.com/learn/certification/data-practitioner"
}

// Launched January 2025 and replaces Professional Google Workspace Administrator. Price from
// third-party sources; validity 3 years per a third-party source.
cert gcp_associate_workspace_administrator "Associate Google Workspace Administrator" {
  level associate
  minutes 120 price 125
  url "https://cloud.google.com/learn/certification/associate-google-workspace-administrator"
}

cert gcp_professional_workspace_administrator "Professional Google Workspace Administrator" {
  level professional
  minutes 120 price 200
  retired "2024-12-31"
  successor gcp_associate_workspace_administrator
}

// Two case studies per exam, 20–30% of the questions.
cert gcp_professional_cloud_architect "Professional Cloud Architect" {
  level professional
  minutes 120 price 200
  url "https://cloud.google.com/learn/certification/cloud-architect"
}

cert gcp_professional_cloud_developer "Professional Cloud Developer" {
  level professional
  minutes 120 price 200
  url "https://cloud.google.com/learn/certification/cloud-developer"
}

// Price (and the 50–60 question range) from third-party sources.
cert gcp_professional_data_engineer "Professional Data Engineer" {
  level professional
  minutes 120 price 200
  url "https://cloud.google.com/learn/certification/data-engineer"
}

// The 50–60 question range from third-party sources.
cert gcp_professional_cloud_devops_engineer "Professional Cloud DevOps Engineer" {
  level professional
  minutes 120 price 200
  url "https://cloud.google.com/learn/certification/cloud-devops-engineer"
}

cert gcp_professional_cloud_security_engineer "Professional Cloud Security Engineer" {
  level professional
  minutes 120 price 200
  url "https://cloud.google.com/learn/certification/cloud-security-engineer"
}

// Question count unconfirmed (50–60 is typical); price from third-party sources.
cert gcp_professional_cloud_network_engineer "Professional Cloud Network Engineer" {
  level professional
  minutes 120 price 200
  url "https://cloud.google.com/learn/certification/cloud-network-engineer"
}

cert gcp_professional_cloud_database_engineer "Professional Cloud Database Engineer" {
  level professional
  minutes 120 price 200
  url "https://cloud.google.com/learn/certification/cloud-database-engineer"
}

// New exam guide since 2026-06-01 (Vertex AI became Gemini Enterprise Agent Platform).
cert gcp_professional_ml_engineer "Professional Machine Learning Engineer" {
  level professional
  minutes 120 price 200
  url "https://cloud.google.com/learn/certification/machine-learning-engineer"
}

// Launched in 2025; the exact launch date and the question count are unconfirmed. Price from
// third-party sources.
cert gcp_professional_security_operations_engineer "Professional Security Operations Engineer" {
  level professional
  minutes 120 price 200
  url "https://cloud.google.com/learn/certification/security-operations-engineer"
}

// In beta: registration 2026-09-03 to 2026-09-30, multiple-choice testing 2026-09-08 to 2026-09-30,
// labs late October to December 2026; general availability "projected mid-November 2026"
// (verify after 2026-09-06). The exam is a 180-minute multiple-choice part (about 80 questions)
// plus hands-on labs (under 5 hours, estimated), so its length is not given. The beta price is
// 120 USD (40% off the 200 USD retail price). The beta listing gives a validity of 1 year.
cert gcp_professional_agentic_architect "Professional Agentic Architect" {
  level professional
  price 200
  url "https://cloud.google.com/learn/certification/agentic-architect/"
}
`;

/** Google has no prerequisites; these are its own words about what prepares for what. */
export const googlePrerequisites: readonly CatalogPrerequisite[] = [
    {
        cert: 'gcp_professional_data_engineer', anyOf: ['gcp_associate_data_practitioner'], kind: 'recommended',
        note: 'Google describes Associate Data Practitioner as bridging the gap to the Professional data certifications (third-party quote of its announcement)',
    },
];
