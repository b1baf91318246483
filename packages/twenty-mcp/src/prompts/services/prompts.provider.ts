import { Injectable } from '@nestjs/common';
import {
  ProtocolError,
  ProtocolErrorCode,
  type Server,
} from '@modelcontextprotocol/server';

import { type McpRequestContext } from '../../services/workspace-context/types/mcp-request-context.type';

type PromptArgument = { name: string; description: string; required: boolean };

// Texts are functions of the caller: an object the role cannot read is
// never named, not even in a prompt's wording.
type PromptDefinition = {
  name: string;
  title: string;
  description: (state: McpRequestContext) => string;
  arguments: (state: McpRequestContext) => PromptArgument[];
  // The objects the prompt works on must be usable by the caller.
  isAvailable: (state: McpRequestContext) => boolean;
  render: (args: Record<string, string>, state: McpRequestContext) => string;
};

const MAX_COMPLETIONS = 20;

const canRead = (state: McpRequestContext, objectName: string) =>
  state.access.permissions.objects.get(objectName)?.canRead === true;

const MEETING_SUBJECTS = ['company', 'person', 'opportunity'];

const readableOf = (state: McpRequestContext, objectNames: string[]) =>
  objectNames.filter((name) => canRead(state, name));

const orList = (names: string[]) =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;

const PROMPTS: PromptDefinition[] = [
  {
    name: 'account_brief',
    title: 'Account brief',
    description: (state) =>
      canRead(state, 'opportunity')
        ? 'A one-page brief on a customer account: who they are, key contacts, pipeline, recent activity, next steps.'
        : 'A one-page brief on a customer account: who they are, key contacts, recent activity, next steps.',
    arguments: () => [
      { name: 'company', description: 'Company name', required: true },
    ],
    isAvailable: (state) => canRead(state, 'company'),
    render: ({ company }, state) => {
      const pipeline = canRead(state, 'opportunity');

      return [
        `Prepare a brief on the account "${company}" from our Twenty CRM.`,
        '1. Find the company by name (search_records, or find_records on company with a name filter). If several match, say so and pick the closest.',
        `2. Read its people (person.companyId)${pipeline ? ', its opportunities (opportunity.companyId) with amount, stage and close date,' : ''} and its most recent notes and open tasks if you can read them (find_records on note or task with the filter {"targets": {"companyId": {"eq": "<its id>"}}} and orderBy [{"createdAt": "DescNullsLast"}]).`,
        `3. Write the brief: what the company does and its size, key contacts with titles, ${pipeline ? 'open pipeline with totals per currency, ' : ''}last interactions, risks, and proposed next steps.`,
        'Quote record names exactly; do not invent facts the records do not contain.',
      ].join('\n');
    },
  },
  {
    name: 'pipeline_review',
    title: 'Pipeline review',
    description: () =>
      'Review open opportunities: totals by stage, deals closing soon, deals that need attention.',
    arguments: () => [
      {
        name: 'stage',
        description: 'Only this stage (optional)',
        required: false,
      },
      {
        name: 'closingWithinDays',
        description: 'Look at deals closing within this many days (default 90)',
        required: false,
      },
    ],
    isAvailable: (state) => canRead(state, 'opportunity'),
    render: ({ stage, closingWithinDays }) =>
      [
        `Review our sales pipeline in Twenty${stage ? ` for the stage ${stage}` : ''}.`,
        '1. Use aggregate_records on opportunity: COUNT and SUM of amount grouped by stage and amount.currencyCode.',
        `2. List open deals (stage not CUSTOMER) closing within ${closingWithinDays || '90'} days, largest first, with company and point of contact (expand company, pointOfContact).`,
        '3. Flag deals with a close date in the past, without a point of contact, or not updated for 30 days.',
        '4. Summarise: pipeline by stage, the deals to focus on this week, and the risks.',
      ].join('\n'),
  },
  {
    name: 'log_meeting',
    title: 'Log a meeting',
    description: (state) =>
      `Record a meeting as a note attached to the ${orList(readableOf(state, MEETING_SUBJECTS))} it was about.`,
    arguments: (state) => [
      {
        name: 'about',
        description: `The ${orList(readableOf(state, MEETING_SUBJECTS))} the meeting was about`,
        required: true,
      },
      {
        name: 'summary',
        description: 'What was said and decided',
        required: true,
      },
    ],
    isAvailable: (state) =>
      state.access.permissions.objects.get('note')?.canCreate === true &&
      readableOf(state, MEETING_SUBJECTS).length > 0,
    render: ({ about, summary }, state) =>
      [
        `Log this meeting about "${about}" in Twenty.`,
        '1. Find the record it was about (search_records); if several match, ask which one.',
        `2. Create a note (create_records on note) titled "Meeting - ${new Date().toISOString().slice(0, 10)}" whose body is a short markdown summary (decisions, action items as a bullet list), linked to that record with "targets": [{ "object": "<${orList(readableOf(state, MEETING_SUBJECTS))}>", "id": "<its id>" }].`,
        '3. If action items have owners and dates, offer to create tasks for them.',
        '',
        'Meeting summary:',
        summary,
      ].join('\n'),
  },
];

// A few prompts for everyday CRM work. Only the prompts whose objects the
// caller can use are listed; argument completions search live records.
@Injectable()
export class PromptsProvider {
  register(server: Server, state: McpRequestContext): void {
    const available = () =>
      PROMPTS.filter((prompt) => prompt.isAvailable(state));

    server.setRequestHandler('prompts/list', () => ({
      prompts: available().map((prompt) => ({
        name: prompt.name,
        title: prompt.title,
        description: prompt.description(state),
        arguments: prompt.arguments(state),
      })),
    }));

    server.setRequestHandler('prompts/get', (request) => {
      const prompt = available().find(
        (candidate) => candidate.name === request.params.name,
      );

      if (!prompt) {
        throw new ProtocolError(
          ProtocolErrorCode.InvalidParams,
          `Unknown prompt "${request.params.name}".`,
        );
      }

      const args = request.params.arguments ?? {};
      const missing = prompt
        .arguments(state)
        .filter(
          (argument) => argument.required && !args[argument.name]?.trim(),
        );

      if (missing.length > 0) {
        throw new ProtocolError(
          ProtocolErrorCode.InvalidParams,
          `Missing required argument(s): ${missing.map((argument) => argument.name).join(', ')}.`,
        );
      }

      return {
        description: prompt.description(state),
        messages: [
          {
            role: 'user' as const,
            content: {
              type: 'text' as const,
              text: prompt.render(args, state),
            },
          },
        ],
      };
    });
  }

  async complete(
    state: McpRequestContext,
    promptName: string,
    argument: { name: string; value: string },
  ): Promise<string[]> {
    const prompt = PROMPTS.find((candidate) => candidate.name === promptName);

    if (!prompt?.isAvailable(state)) {
      return [];
    }

    if (promptName === 'pipeline_review' && argument.name === 'stage') {
      const stage = state.access.workspace.objects
        .find((object) => object.nameSingular === 'opportunity')
        ?.fields.find((field) => field.name === 'stage');
      const readable = state.access.permissions.objects
        .get('opportunity')
        ?.readableFieldNames.has('stage');

      return readable && stage?.options
        ? stage.options
            .map((option) => option.value)
            .filter((value) => value.startsWith(argument.value.toUpperCase()))
        : [];
    }

    const objectNames =
      promptName === 'account_brief' && argument.name === 'company'
        ? ['company']
        : promptName === 'log_meeting' && argument.name === 'about'
          ? MEETING_SUBJECTS
          : [];
    const searchable = objectNames.filter(
      (name) =>
        canRead(state, name) &&
        state.access.workspace.objects.find(
          (object) => object.nameSingular === name,
        )?.isSearchable,
    );

    if (searchable.length === 0 || !argument.value.trim()) {
      return [];
    }

    const hits = await state.records.search(state.access, {
      query: argument.value,
      objectNames: searchable,
      limit: MAX_COMPLETIONS,
    });

    return [
      ...new Set(
        hits
          .map((hit) => hit.label)
          .filter((label): label is string => !!label),
      ),
    ];
  }
}
