import { type RecordEventsStatus } from '../../domain/records/types/record-events-status.type';
import { McpTwentyEventsDeliveryEnum } from '../enums/mcp-twenty-events-delivery.enum';

// A back-end that reports no delivery writes through Twenty itself.
export const toTwentyEventsDelivery = (
  delivery: RecordEventsStatus['delivery'] | 'native',
): McpTwentyEventsDeliveryEnum =>
  ({
    queued: McpTwentyEventsDeliveryEnum.QUEUED,
    off: McpTwentyEventsDeliveryEnum.OFF,
    native: McpTwentyEventsDeliveryEnum.NATIVE,
  })[delivery];
