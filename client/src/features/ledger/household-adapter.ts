// How the spreadsheet layer saves households: updates and creates of one step in one request.
import type { HouseholdCategory } from '@doudi/shared';
import type { SheetAdapter } from '../../grid/types';
import { saveHouseholds, type Household } from './household-api';

export function householdAdapter(category: () => HouseholdCategory): SheetAdapter<Household> {
  return {
    save: saveHouseholds,
    // A household is created with its head: the API needs the village, the head's name and ID number.
    requiredForCreate: ['regionCode', 'headName', 'headIdNumber'],
    createDefaults: () => ({ category: category() }),
    createErrorColumn: (field) => {
      if (/idNumber/i.test(field)) return 'headIdNumber';
      if (/members.*name|^name$/i.test(field)) return 'headName';
      if (/^members/.test(field)) return 'headIdNumber';
      return field;
    },
  };
}
