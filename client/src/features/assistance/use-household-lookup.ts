// The enrol forms' household look-up by 户编号 (低保, 特困): the code typed, the household found, and why none was.
import { ref } from 'vue';
import { findHousehold, type HouseholdPick } from './assistance-api';

/** `notFound(code)`: the form's words for a code that names no household in the caller's area. */
export function useHouseholdLookup(notFound: (code: string) => string) {
  const household = ref<HouseholdPick | null>(null);
  const lookupCode = ref('');
  const lookupError = ref('');
  async function lookup(): Promise<void> {
    lookupError.value = '';
    household.value = null;
    try {
      household.value = await findHousehold(lookupCode.value);
      if (!household.value) lookupError.value = notFound(lookupCode.value);
    } catch (e) {
      lookupError.value = (e as Error).message;
    }
  }
  /** A fresh form: no code, no household, no error. */
  function resetLookup(): void {
    household.value = null;
    lookupCode.value = '';
    lookupError.value = '';
  }
  return { household, lookupCode, lookupError, lookup, resetLookup };
}
