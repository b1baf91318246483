// Events per page of the Activity table (the API allows up to 500).
export const AUDIT_PAGE_SIZE = 50;
