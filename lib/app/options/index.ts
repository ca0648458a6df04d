/** The options page's form. */
export { OptionsForm, type OptionsFormProps } from './OptionsForm';
export { OptionsApp, type OptionsAppProps } from './OptionsApp';
