import { type ApiRecord } from '../../ports/types/api-record.type';
import { type PageInfo } from './page-info.type';

export type FindPage = {
  records: ApiRecord[];
  pageInfo: PageInfo;
};
