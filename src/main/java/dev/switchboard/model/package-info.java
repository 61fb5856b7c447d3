/**
 * The admin model: an immutable, format-neutral description of a backend's resources, fields, operations,
 * list capabilities and security, built once per connection by {@code dev.switchboard.openapi}.
 *
 * <p>Everything downstream (tables, filters, forms, permissions) reads this model and nothing else of the
 * document. May import {@code java.*} only.
 */
package dev.switchboard.model;
