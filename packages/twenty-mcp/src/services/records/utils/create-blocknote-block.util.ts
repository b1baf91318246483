import { BLOCKNOTE_DEFAULT_PROPS } from '../../../domain/records/constants/blocknote-default-props.const';
import {
  type BlockNoteBlock,
  type BlockNoteInline,
} from '../types/blocknote-block.type';
import { type CreateBlockId } from '../types/create-block-id.type';

// A default BlockNote block. Children are built after the parent's id is
// taken, so ids follow document order.
export const createBlocknoteBlock = (
  createId: CreateBlockId,
  type: BlockNoteBlock['type'],
  content: BlockNoteInline[],
  props: BlockNoteBlock['props'] = {},
  children: () => BlockNoteBlock[] = () => [],
): BlockNoteBlock => {
  const id = createId();

  return {
    id,
    type,
    props: { ...BLOCKNOTE_DEFAULT_PROPS, ...props },
    content,
    children: children(),
  };
};
