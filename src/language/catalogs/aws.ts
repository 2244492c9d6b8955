// The built-in `aws` catalog: every AWS certification, as a read-only .certtree library document.
// Facts: AWS exam guides and certification-paths charts (2023-11-29, 2024-07-03), checked to mid-2026.
// `url` is the exam guide; `minutes`, `questions` and `price` (USD) are the exam facts.

export const awsCatalogText = String.raw`// Built-in catalog: AWS certifications (read-only).
// Bring it into a tree with \`use aws\`. Every AWS certification is valid for three years.
// Passing score: 700 (foundational), 720 (associate), 750 (professional, specialty).

cert cloud_practitioner "AWS Certified Cloud Practitioner" {
  level foundational
  code "CLF-C02"
  minutes 90 questions 65 price 100
  url "https://docs.aws.amazon.com/aws-certification/latest/cloud-practitioner-02/cloud-practitioner-02.html"
}

cert ai_practitioner "AWS Certified AI Practitioner" {
  level foundational
  code "AIF-C01"
  minutes 90 questions 65 price 100
  url "https://docs.aws.amazon.com/aws-certification/latest/ai-practitioner-01/ai-practitioner-01.html"
}

cert solutions_architect_associate "AWS Certified Solutions Architect – Associate" {
  level associate
  code "SAA-C03"
  minutes 130 questions 65 price 150
  url "https://docs.aws.amazon.com/aws-certification/latest/solutions-architect-associate-03/solutions-architect-associate-03.html"
}

cert developer "AWS Certified Developer – Associate" {
  level associate
  code "DVA-C02"
  minutes 130 questions 65 price 150
  url "https://docs.aws.amazon.com/aws-certification/latest/developer-associate-02/developer-associate-02.html"
}

// Renamed, not replaced: SOA-C03 (from 2025-09-30) is the same credential under the name CloudOps
// Engineer. Holders keep it and renew it as CloudOps Engineer; the 2023 and 2024 charts use this id.
cert sysops_admin "AWS Certified SysOps Administrator – Associate" {
  level associate
  code "SOA-C02"
  minutes 130 questions 65 price 150
  retired "2025-09-29"
  renamed cloudops_engineer
}

// Active since 2025-09-30: the new name of SysOps Administrator. One source gives 180 minutes; AWS's guide gives 130.
cert cloudops_engineer "AWS Certified CloudOps Engineer – Associate" {
  level associate
  code "SOA-C03"
  minutes 130 questions 65 price 150
  url "https://docs.aws.amazon.com/aws-certification/latest/sysops-administrator-associate-03/sysops-administrator-associate-03.html"
}

// Active since March 2024.
cert data_engineer "AWS Certified Data Engineer – Associate" {
  level associate
  code "DEA-C01"
  minutes 130 questions 65 price 150
  url "https://docs.aws.amazon.com/aws-certification/latest/data-engineer-associate-01/data-engineer-associate-01.html"
}

// Active since 2024-10-08. AWS announced MLA-C01's retirement for 2026-09-28 and a new version,
// MLA-C02 (beta at the time): the same certification under a new exam code. Unconfirmed after 2026-09.
cert machine_learning_engineer "AWS Certified Machine Learning Engineer – Associate" {
  level associate
  code "MLA-C01"
  minutes 130 questions 65 price 150
  url "https://docs.aws.amazon.com/aws-certification/latest/machine-learning-engineer-associate-01/machine-learning-engineer-associate-01.html"
}

// Active since 2022-11-15.
cert solutions_architect_professional "AWS Certified Solutions Architect – Professional" {
  level professional
  code "SAP-C02"
  minutes 180 questions 75 price 300
  url "https://docs.aws.amazon.com/aws-certification/latest/solutions-architect-professional-02/solutions-architect-professional-02.html"
}

cert devops_engineer "AWS Certified DevOps Engineer – Professional" {
  level professional
  code "DOP-C02"
  minutes 180 questions 75 price 300
  url "https://docs.aws.amazon.com/aws-certification/latest/devops-engineer-professional-02/devops-engineer-professional-02.html"
}

// Beta from 2025-11-18 to 2026-03-31. Some sources give 170 minutes.
cert generative_ai_developer "AWS Certified Generative AI Developer – Professional" {
  level professional
  code "AIP-C01"
  minutes 180 questions 75 price 300
  url "https://docs.aws.amazon.com/aws-certification/latest/ai-professional-01/ai-professional-01.html"
}

// Retirement announced for 2026-12-31, with no replacement listed.
cert advanced_networking "AWS Certified Advanced Networking – Specialty" {
  level specialty
  code "ANS-C01"
  minutes 170 questions 65 price 300
  retiring "2026-12-31"
  url "https://docs.aws.amazon.com/aws-certification/latest/advanced-networking-specialty-01/advanced-networking-specialty-01.html"
}

// SCS-C02 until 2025-12-01, SCS-C03 since.
cert security "AWS Certified Security – Specialty" {
  level specialty
  code "SCS-C03"
  minutes 170 questions 65 price 300
  url "https://docs.aws.amazon.com/aws-certification/latest/security-specialty-03/security-specialty-03.html"
}

// Some sources give 170 minutes. No one-to-one successor: for MLOps work consider Machine Learning
// Engineer – Associate (machine_learning_engineer), for generative AI work Generative AI Developer –
// Professional (generative_ai_developer).
cert machine_learning "AWS Certified Machine Learning – Specialty" {
  level specialty
  code "MLS-C01"
  minutes 180 questions 65 price 300
  retired "2026-03-31"
}

// The retirement day is not fully verified. Data Engineer – Associate is the replacement that
// third-party sources name; AWS's own wording was not found.
cert data_analytics "AWS Certified Data Analytics – Specialty" {
  level specialty
  code "DAS-C01"
  minutes 180 questions 65 price 300
  retired "2024-04-08"
  successor data_engineer
}

cert database "AWS Certified Database – Specialty" {
  level specialty
  code "DBS-C01"
  minutes 180 questions 65 price 300
  retired "2024-04-29"
}

cert sap_on_aws "AWS Certified: SAP on AWS – Specialty" {
  level specialty
  code "PAS-C01"
  minutes 170 questions 65 price 300
  retired "2024-04-29"
}
`;
