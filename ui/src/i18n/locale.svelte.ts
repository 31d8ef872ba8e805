// The UI's language as reactive state, so that a switch re-renders every translated text.
export const current = $state({ locale: 'en' });
