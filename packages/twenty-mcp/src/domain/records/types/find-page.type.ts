import { type ApiRecord } from './api-record.type';
import { type PageInfo } from './page-info.type';

export type FindPage = {
  records: ApiRecord[];
  pageInfo: PageInfo;
};
