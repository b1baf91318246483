import { resolveSettingsApiConfig } from '../resolve-settings-api-config.util';

describe('resolveSettingsApiConfig', () => {
  const publicUrl = new URL('https://crm.example.com/base/');

  it('should allow the public URL’s origin, then the configured ones, as origins', () => {
    expect(
      resolveSettingsApiConfig({
        publicUrl,
        settingsAllowedOrigins: [
          'https://admin.example.com',
          'http://localhost:5173/',
          'https://crm.example.com',
        ],
      }),
    ).toEqual({
      allowedOrigins: [
        'https://crm.example.com',
        'https://admin.example.com',
        'http://localhost:5173',
      ],
      maxBodyBytes: 100_000,
    });
  });

  it('should refuse what is not an origin and body limits that cannot work', () => {
    for (const origin of [
      'crm.example.com',
      'https://crm.example.com/app',
      '*',
    ]) {
      expect(() =>
        resolveSettingsApiConfig({
          publicUrl,
          settingsAllowedOrigins: [origin],
        }),
      ).toThrow(/settingsAllowedOrigins/);
    }

    expect(() =>
      resolveSettingsApiConfig({ publicUrl, settingsMaxBodyBytes: 10 }),
    ).toThrow(/settingsMaxBodyBytes/);
  });
});
