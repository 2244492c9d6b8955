// The built-in `cncf` catalog: the CNCF and Linux Foundation cloud-native certifications, with CKS's CKA prerequisite.
import type { CatalogPrerequisite } from './catalog-types.js';

export const cncfAsOf = '2026-09-25';

export const cncfCatalogText = String.raw`// Built-in catalog: CNCF / Linux Foundation cloud-native certifications (read-only).
// Newest evidence: 2026-09-25. Bring it into a tree with \`use cncf\`.
// CNCF does not use four tiers; this catalog maps them so (a proposal, open to review):
//   foundational: broad beginner multiple-choice exams (KCNA, KCSA, CNPA);
//   associate: performance-based core-role exams (CKA, CKAD; LFCS proposed);
//   professional: exams that build on another or have the widest hands-on scope (CKS, CNPE);
//   specialty: single-project exams (PCA, ICA, CCA, CAPA, CGOA, CBA, KCA, OTCA).
// Every exam is online and remotely proctored (PSI). Multiple-choice exams: 60 questions,
// 90 minutes, 75% to pass (CNPA: 85 questions, 120 minutes). Performance-based exams: 2 hours of
// tasks, so no question count is given. A purchase includes one retake. Valid 2 years.
// Prices are the exam alone, in USD.

// New outline since 2025-11-24. Passing CKA or CKAD renews it.
cert kcna "Kubernetes and Cloud Native Associate" {
  level foundational
  code "KCNA"
  minutes 90 questions 60 price 250
  url "https://training.linuxfoundation.org/certification/kubernetes-cloud-native-associate/"
}

cert kcsa "Kubernetes and Cloud Native Security Associate" {
  level foundational
  code "KCSA"
  minutes 90 questions 60 price 250
  url "https://training.linuxfoundation.org/certification/kubernetes-and-cloud-native-security-associate-kcsa/"
}

// Performance-based, 15–20 tasks; on Kubernetes v1.35 as of 2026-09-25.
cert cka "Certified Kubernetes Administrator" {
  level associate
  code "CKA"
  minutes 120 price 445
  url "https://training.linuxfoundation.org/certification/certified-kubernetes-administrator-cka/"
}

// Performance-based, 15–20 tasks.
cert ckad "Certified Kubernetes Application Developer" {
  level associate
  code "CKAD"
  minutes 120 price 445
  url "https://training.linuxfoundation.org/certification/certified-kubernetes-application-developer-ckad/"
}

// Performance-based, 15–20 tasks, on Kubernetes v1.35. Needs a passed CKA; whether that CKA must
// still be active is unconfirmed (a third-party prep site says so). Earning or renewing CKS from
// 2026-06-18 extends CKA.
cert cks "Certified Kubernetes Security Specialist" {
  level professional
  code "CKS"
  minutes 120 price 445
  url "https://training.linuxfoundation.org/certification/certified-kubernetes-security-specialist/"
}

cert pca "Prometheus Certified Associate" {
  level specialty
  code "PCA"
  minutes 90 questions 60 price 250
  url "https://training.linuxfoundation.org/certification/prometheus-certified-associate/"
}

// Performance-based, 15–20 tasks (the product page also says "performance-based and
// multiple-choice"). New curriculum since 2025-08-12, on Istio v1.26.
cert ica "Istio Certified Associate" {
  level specialty
  code "ICA"
  minutes 120 price 250
  url "https://training.linuxfoundation.org/certification/istio-certified-associate-ica/"
}

cert cca "Cilium Certified Associate" {
  level specialty
  code "CCA"
  minutes 90 questions 60 price 250
  url "https://training.linuxfoundation.org/certification/certified-cilium-associate-cca/"
}

cert capa "Certified Argo Project Associate" {
  level specialty
  code "CAPA"
  minutes 90 questions 60 price 250
  url "https://training.linuxfoundation.org/certification/certified-argo-project-associate-capa/"
}

// Price from a third-party table.
cert cgoa "Certified GitOps Associate" {
  level specialty
  code "CGOA"
  minutes 90 questions 60 price 250
  url "https://training.linuxfoundation.org/certification/certified-gitops-associate-cgoa/"
}

// Price from a third-party table.
cert cba "Certified Backstage Associate" {
  level specialty
  code "CBA"
  minutes 90 questions 60 price 250
  url "https://training.linuxfoundation.org/certification/certified-backstage-associate-cba/"
}

// Price from a third-party table.
cert kca "Kyverno Certified Associate" {
  level specialty
  code "KCA"
  minutes 90 questions 60 price 250
  url "https://training.linuxfoundation.org/certification/kyverno-certified-associate-kca/"
}

// Price from a third-party table. Its official page was not found; the curriculum is at
// https://github.com/cncf/curriculum.
cert otca "OpenTelemetry Certified Associate" {
  level specialty
  code "OTCA"
  minutes 90 questions 60 price 250
}

// Added in 2025; the exact launch date is unconfirmed. Price from a third-party table.
cert cnpa "Certified Cloud Native Platform Engineering Associate" {
  level foundational
  code "CNPA"
  minutes 120 questions 85 price 250
  url "https://training.linuxfoundation.org/certification/certified-cloud-native-platform-engineering-associate-cnpa/"
}

// Performance-based (about 17–20 tasks, third-party). Launched 2025-11-11, generally available
// 2026-03-01 (both third-party). Price from third-party sources.
cert cnpe "Certified Cloud Native Platform Engineer" {
  level professional
  code "CNPE"
  minutes 120 price 445
  url "https://training.linuxfoundation.org/certification/certified-cloud-native-platform-engineer-cnpe/"
}

// A Linux Foundation exam, not a CNCF one; needed for Golden Kubestronaut. Its tier (associate)
// is a proposal. Performance-based, 17–20 or 20–25 tasks (the instructions changed), 67% to pass.
// Price from a third-party table.
cert lfcs "Linux Foundation Certified System Administrator" {
  level associate
  code "LFCS"
  minutes 120 price 445
  url "https://training.linuxfoundation.org/certification/linux-foundation-certified-sysadmin-lfcs/"
}
`;

export const cncfPrerequisites: readonly CatalogPrerequisite[] = [
    {
        cert: 'cks', anyOf: ['cka'], kind: 'required',
        note: 'CKA must be taken and passed before attempting CKS; whether it must still be active is unconfirmed',
    },
    {
        cert: 'pca', anyOf: ['kcna', 'cka', 'ckad'], kind: 'recommended',
        note: 'the PCA page suggests KCNA, CKA or CKAD as background',
    },
    {
        cert: 'cnpe', anyOf: ['cnpa'], kind: 'recommended',
        note: 'CNPA-level knowledge is recommended before CNPE (third-party)',
    },
];
