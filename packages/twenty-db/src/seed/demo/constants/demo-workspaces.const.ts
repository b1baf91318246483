import { type GeneratorCounts } from '../../generators/types/generator-context.type';

export type DemoWorkspaceSpec = {
  id: string;
  displayName: string;
  subdomain: string;
  withCustomObjects: boolean;
  counts: GeneratorCounts & {
    subscriptions: number;
    supportTickets: number;
    attachments: number;
  };
};

// The demo workspace everything is shown on, and a second, smaller one that
// exists to prove one workspace can never see the other.
export const DEMO_WORKSPACE: DemoWorkspaceSpec = {
  id: 'c0a8e3f4-6b1d-4e2a-9f57-3d8c1b2a4e60',
  displayName: 'Northwind Traders',
  subdomain: 'northwind',
  withCustomObjects: true,
  counts: {
    companies: 50,
    people: 300,
    opportunities: 120,
    notes: 150,
    tasks: 100,
    subscriptions: 40,
    supportTickets: 80,
    attachments: 20,
  },
};

export const SECOND_WORKSPACE: DemoWorkspaceSpec = {
  id: '7d2f9b14-3c5a-4f8e-b6d1-9a0e2c4f6b83',
  displayName: 'Globex Corporation',
  subdomain: 'globex',
  withCustomObjects: false,
  counts: {
    companies: 12,
    people: 60,
    opportunities: 20,
    notes: 20,
    tasks: 15,
    subscriptions: 0,
    supportTickets: 0,
    attachments: 3,
  },
};
