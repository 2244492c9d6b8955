// The checks of the language reference's diagnostics table, one method per situation.
import type { ValidationChecks } from 'langium';
import type { CertTreeAstType } from './generated/ast.js';
import type { CertTreeServices } from './certtree-module.js';

/** Registers the validation checks with Langium's validation registry. */
export function registerValidationChecks(services: CertTreeServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.CertTreeValidator;
    const checks: ValidationChecks<CertTreeAstType> = {
    };
    registry.register(checks, validator);
}

export class CertTreeValidator {
    constructor(_services: CertTreeServices) {}
}
