package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Where the records sit in a list response.
 *
 * @param itemsField dotted path of the records array, empty for a bare array
 * @param totalField dotted path of the total count, if any
 * @param nextCursorField dotted path of the next cursor, if any
 * @param itemSchema the raw schema node of one record, for field inference
 */
record ListShape(
    Optional<String> itemsField,
    Optional<String> totalField,
    Optional<String> nextCursorField,
    Optional<JsonNode> itemSchema) {}
