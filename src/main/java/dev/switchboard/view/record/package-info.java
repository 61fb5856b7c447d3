/**
 * The read-only view of one record: every readable field in model order, nested objects grouped under their
 * label, arrays listed, references as links to the referenced record, values formatted by the cell registry.
 */
package dev.switchboard.view.record;
