package dev.switchboard.model;

import java.util.List;
import java.util.Optional;

/**
 * An operation is one HTTP call of the document, as a resource uses it.
 *
 * @param kind what it does to records
 * @param method upper-case HTTP method
 * @param path the document's own path string, never rebuilt
 * @param operationId the document's operationId, if any
 * @param summary the document's summary, if any
 * @param security who may call it; empty when no authentication is required
 */
public record OperationDef(
    OperationKind kind,
    String method,
    String path,
    Optional<String> operationId,
    Optional<String> summary,
    SecurityRequirements security) {}
