package cascadekit.document;

/** The OpenLineage run states the kit emits: a run STARTs, then COMPLETEs or FAILs. */
public enum EventType {
  START,
  COMPLETE,
  FAIL
}
