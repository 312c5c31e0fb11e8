// The one form pattern (docs/decisions/006-forms-and-errors.md): fields and the messages around them.
export { CheckboxField, CheckboxGroupField, FileField, RadioGroupField, SelectField, TextAreaField, TextField } from "./fields";
export { useClearedOnSuccess } from "./cleared-on-success";
export { ErrorSummary, SuccessNotice } from "./messages";
export { NewPasswordFields } from "./new-password-fields";
