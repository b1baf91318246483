// Ids of new BlockNote blocks (uuids; sequential in tests).
export type CreateBlockId = () => string;
