import { type ApiRecord } from '../domain/records/types/api-record.type';
import { type RecordsAccess } from '../domain/records/types/records-access.type';
import {
  type AggregateRecordsRequest,
  type AggregateRecordsResult,
  type CreateRecordsRequest,
  type FindRecordsRequest,
  type FindRecordsResult,
  type GetRecordsRequest,
  type RecordIdsRequest,
  type SearchHit,
  type SearchRecordsRequest,
  type UpdateRecordsRequest,
} from '../domain/records/types/records-requests.type';

export const RECORDS_PORT = Symbol('RECORDS_PORT');

// Record operations with the role's permissions applied: an adapter refuses
// what the access does not allow and never returns a field it hides.
// Writes of one call happen in one transaction.
export interface RecordsPort {
  find(
    access: RecordsAccess,
    request: FindRecordsRequest,
  ): Promise<FindRecordsResult>;
  getByIds(
    access: RecordsAccess,
    request: GetRecordsRequest,
  ): Promise<ApiRecord[]>;
  aggregate(
    access: RecordsAccess,
    request: AggregateRecordsRequest,
  ): Promise<AggregateRecordsResult>;
  search(
    access: RecordsAccess,
    request: SearchRecordsRequest,
  ): Promise<SearchHit[]>;
  create(
    access: RecordsAccess,
    request: CreateRecordsRequest,
  ): Promise<ApiRecord[]>;
  update(
    access: RecordsAccess,
    request: UpdateRecordsRequest,
  ): Promise<ApiRecord[]>;
  // These three return the ids they changed.
  softDelete(
    access: RecordsAccess,
    request: RecordIdsRequest,
  ): Promise<string[]>;
  restore(access: RecordsAccess, request: RecordIdsRequest): Promise<string[]>;
  destroy(access: RecordsAccess, request: RecordIdsRequest): Promise<string[]>;
}
