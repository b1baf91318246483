// A field erasing a person may clear their contact details in.
export type McpErasureFieldChoice = {
  // "objectName.fieldName", as erasureContactFields lists it.
  key: string;
  objectName: string;
  objectLabel: string;
  fieldName: string;
  fieldLabel: string;
  fieldType: 'EMAILS' | 'PHONES' | 'TEXT';
  // Cleared by default (Emails and Phones fields).
  isDefault: boolean;
};
