// The plan date the server plans with: today, unless the `certtree.planning.today` setting pins a day.
import type { ConfigurationProvider, LangiumSharedCoreServices } from 'langium';
import { isIsoDate, today as localToday } from '../cert-facts.js';
import { FEATURE_SETTINGS_SECTION } from './feature-setting.js';

export class PlanDate {
    private readonly configuration: ConfigurationProvider;

    constructor(services: LangiumSharedCoreServices) {
        this.configuration = services.workspace.ConfigurationProvider;
    }

    /** `certtree.planning.today` when it is a calendar day, else today in local time. */
    async today(): Promise<string> {
        const planning: unknown = await this.configuration.getConfiguration(FEATURE_SETTINGS_SECTION, 'planning');
        const pinned = typeof planning === 'object' && planning !== null ? (planning as Record<string, unknown>).today : undefined;
        return typeof pinned === 'string' && isIsoDate(pinned) ? pinned : localToday();
    }
}
