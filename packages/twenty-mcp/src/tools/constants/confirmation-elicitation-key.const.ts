// The key of the confirmation question in an input_required result's
// inputRequests, and of the user's answer in the retry's inputResponses.
export const CONFIRMATION_ELICITATION_KEY = 'confirm';
