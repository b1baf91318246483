import { type ObjectDescription } from '../types/object-description.type';
import { ATTACHMENT_OBJECT } from './attachment.object';
import { COMPANY_OBJECT } from './company.object';
import { FAVORITE_OBJECT } from './favorite.object';
import { NOTE_TARGET_OBJECT } from './note-target.object';
import { NOTE_OBJECT } from './note.object';
import { OPPORTUNITY_OBJECT } from './opportunity.object';
import { PERSON_OBJECT } from './person.object';
import { TASK_TARGET_OBJECT } from './task-target.object';
import { TASK_OBJECT } from './task.object';
import { TIMELINE_ACTIVITY_OBJECT } from './timeline-activity.object';
import { WORKSPACE_MEMBER_OBJECT } from './workspace-member.object';

// The subset of Twenty's standard application this layout reproduces.
// Relations to standard objects outside it (workflows, dashboards, messaging,
// calendar) are left out.
export const STANDARD_OBJECTS: readonly ObjectDescription[] = [
  PERSON_OBJECT,
  COMPANY_OBJECT,
  OPPORTUNITY_OBJECT,
  NOTE_OBJECT,
  NOTE_TARGET_OBJECT,
  TASK_OBJECT,
  TASK_TARGET_OBJECT,
  WORKSPACE_MEMBER_OBJECT,
  ATTACHMENT_OBJECT,
  TIMELINE_ACTIVITY_OBJECT,
  FAVORITE_OBJECT,
];
