export type BlockNoteStyles = {
  bold?: true;
  italic?: true;
  code?: true;
  strike?: true;
};

export type BlockNoteStyledText = {
  type: 'text';
  text: string;
  styles: BlockNoteStyles;
};

export type BlockNoteLink = {
  type: 'link';
  href: string;
  content: BlockNoteStyledText[];
};

export type BlockNoteInline = BlockNoteStyledText | BlockNoteLink;

// The subset of BlockNote's document model markdown maps to.
export type BlockNoteBlock = {
  id: string;
  type:
    | 'paragraph'
    | 'heading'
    | 'bulletListItem'
    | 'numberedListItem'
    | 'checkListItem'
    | 'quote'
    | 'codeBlock';
  props: Record<string, string | number | boolean>;
  content: BlockNoteInline[];
  children: BlockNoteBlock[];
};
