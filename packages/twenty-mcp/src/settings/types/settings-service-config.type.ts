export type SettingsServiceConfig = {
  instanceEnabled: boolean;
  endpointUrl: string;
};
