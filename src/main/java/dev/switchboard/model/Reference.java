package dev.switchboard.model;

import java.util.Locale;

/**
 * A reference says that a field holds the id of a record of another resource ({@code agent_id} holds the
 * {@code id} of a {@code users} record), and which rule found it, so a surprising guess can be explained.
 */
public record Reference(String resource, String field, Rule rule) {

  /** How a reference was found, most trustworthy first. */
  public enum Rule {
    /** An {@code x-switchboard-reference}, {@code x-reference} or {@code x-foreign-key} extension. */
    EXTENSION,
    /** An OpenAPI {@code links} entry whose operation reads another resource by this field. */
    LINK,
    /** The field name is the singular or plural of a resource name plus {@code _id}/{@code Id}. */
    NAME,
    /** The field name's prefix is a known synonym of a users-like resource ({@code agent_id}, {@code owner_id}). */
    USER_ROLE_NAME;

    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
