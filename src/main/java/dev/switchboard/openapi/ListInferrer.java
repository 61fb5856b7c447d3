package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.ListCapabilities;
import dev.switchboard.model.Pagination;
import dev.switchboard.model.PagingStyle;
import dev.switchboard.model.SortDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The list inferrer reads a list operation: where the records sit in its response ({@link ListShape}), and
 * what its query parameters let a table do ({@link ListCapabilities}: paging, sort, search and filters).
 *
 * <p>Rules. Names are compared ignoring case, {@code _} and {@code -} ({@code page_size}, {@code pageSize}).
 * <ol>
 *   <li><b>Bare array.</b> An array response holds the records itself: no items field; the record schema is
 *       its {@code items}.
 *   <li><b>Not a list.</b> A response schema that says nothing ({@code {}}), or that is neither an array nor
 *       an object holding one, gives no shape; the caller decides. Nor does an object with an {@code id}: it
 *       is one record holding others (an order and its lines), not a page.
 *   <li><b>Envelope.</b> After normalising ({@code $ref}s followed, {@code allOf} merged), the records array
 *       is the array of objects named {@code items}, {@code data}, {@code results}, {@code records} or
 *       {@code entries} (in that order); else the only array of objects, when everything beside it is paging
 *       metadata (scalars and lists of scalars, or objects of those: {@code {users, offset, limit, total,
 *       more}}); else an array of any items with one of those names; else, one level down, the only object
 *       holding such an array ({@code data.items}).
 *   <li><b>Union of envelopes.</b> A union whose every branch is an envelope with its records in the same
 *       place (polar's events: page or cursor pagination) reads as its first branch, with the total and
 *       next cursor of whichever branch names them.
 *   <li><b>Total.</b> The first integer or number property named {@code total}, {@code count}, {@code
 *       total_count}, {@code total_entries} or {@code total_items}, in the envelope, else one level down
 *       ({@code pagination.total_count}, {@code meta.total}).
 *   <li><b>Next cursor.</b> The first string property named {@code next_cursor}, {@code next_page}, {@code
 *       cursor}, {@code next} or {@code next_page_token}, placed like the total. An integer {@code
 *       next_page} is a page number, not a cursor. The pagination keeps it only for cursor paging.
 *   <li><b>Paging</b> is decided by the position parameter, in this order: {@code skip} is skip-limit
 *       ({@code skip}, {@code limit}); {@code offset} is limit-offset ({@code offset}, {@code limit}); {@code
 *       page} is page-size ({@code page}, and as {@code size} the first of {@code size}, {@code page_size},
 *       {@code per_page}, {@code limit}, {@code itemsPerPage}); {@code cursor}, {@code after}, {@code
 *       starting_after}, {@code page_token} or {@code next_page_token} is cursor ({@code cursor}, {@code
 *       before} or {@code ending_before} as {@code before}, and the first of {@code limit}, {@code size},
 *       {@code page_size}, {@code per_page} as {@code limit}). The size is optional: without it the server's
 *       default applies. Deprecated paging parameters still page.
 *   <li><b>A lone {@code limit}</b> is no paging ({@code NONE}) with the role {@code limit}: it caps the
 *       answer and offers no way to the next records, so it is not a filter but a knob the table raises.
 *       A lone {@code before} is not paging either (it stays a filter).
 *   <li><b>Sort parameter</b>: the first of {@code order_by}, {@code sort}, {@code sort_by}, {@code
 *       ordering}, {@code sorting}, {@code sortBy[]} that is not a direction. A direction is a string whose
 *       enum is only asc/desc (any case, or ascending/descending), or, without an enum, a string named {@code
 *       order}, {@code direction}, {@code sort_order}, {@code order_dir}, {@code sort_dir} or {@code
 *       sort_direction}.
 *   <li><b>Sort style</b>: parallel arrays when a {@code descending[]} parameter sits beside it (Vuetify's
 *       {@code sortBy[]} + {@code descending[]}); direction-param when a direction exists; else minus-prefix.
 *       A direction with no sort parameter stays a filter: the server sorts on a fixed field and the user
 *       can still choose which way (letta's {@code order}).
 *   <li><b>Sort multi</b>: an array parameter, and parallel arrays, take several fields; a plain string
 *       takes a comma list ({@code order_by=-a,b}, fastapi-filter) in minus-prefix style unless its enum
 *       makes it one value; with a direction parameter it is one field.
 *   <li><b>Sort fields</b>: the enum values of the parameter or its items, leading {@code -}/{@code +}
 *       stripped and duplicates dropped (polar's {@code created_at}, {@code -created_at}); empty when free.
 *   <li><b>Search</b>: the first string parameter named {@code search}, {@code q}, {@code query}, {@code
 *       term} or {@code filter[search]}. Deprecated parameters are never the sort or the search: the
 *       document names their replacement beside them (letta's {@code sort_by} beside {@code order_by}).
 *   <li><b>Filters</b>: every other parameter, in document order. None is dropped silently: a deprecated
 *       one, a JSON expression ({@code format: json-string}, Netflix dispatch's {@code filter}), an object or
 *       a union of unlike types ({@code deepObject} {@code metadata}), and {@code __not_in} (the model has
 *       no such operator) are skipped with a warning naming the parameter.
 *   <li><b>Double-underscore operators</b> (fastapi-filter): a last {@code __} segment of {@code in}, {@code
 *       neq}/{@code ne}/{@code not}, {@code gt}, {@code gte}, {@code lt}, {@code lte}, {@code like}, {@code
 *       ilike}, {@code isnull}; the field is the stem, further {@code __} becoming dots (nested filters:
 *       {@code author__name__in} filters {@code author.name}). Any other last segment is a nested field
 *       compared for equality. {@code __isnull} is boolean.
 *   <li><b>Single-underscore operators</b>: a last {@code _} segment of exactly {@code gte}, {@code lte},
 *       {@code gt}, {@code lt}, {@code neq}, {@code eq} or {@code in}, after a non-empty stem, on a
 *       parameter that is not boolean ({@code logged_in: bool} is a flag). {@code is_active} and {@code
 *       created_at} stay whole: {@code active} and {@code at} are no operators.
 *   <li><b>After/before</b>: {@code x_after}/{@code x_before} on a date, date-time or time is greater/less
 *       than on {@code x}, or on {@code x_at} when the record has that field and no {@code x} (polar's
 *       {@code created_after}). {@code min_x}/{@code max_x} are not decoded: such names are settings as
 *       often as bounds (letta's {@code max_steps}).
 *   <li><b>Filter field</b>: the name without an operator, a {@code []} suffix ({@code include[]}) or a
 *       JSON:API {@code filter[...]} wrapper.
 *   <li><b>Filter type</b>: {@link FieldBuilder#typeOf} of the normalised schema (so pydantic v1's {@code
 *       $ref} enums and v2's {@code anyOf [$ref, null]} both give an enum with its values); untyped is a
 *       string. For several values, the type of one.
 *   <li><b>Several values</b> (op in, multi): {@code __in}/{@code _in}, whose value is usually a comma list
 *       in a string; an array parameter without an operator; a name ending in {@code []} (PagerDuty's {@code
 *       statuses[]}, repeated even when its schema is one string); a union of X and an array of X (polar's
 *       {@code organization_id}), typed as X.
 *   <li><b>Required</b> is the parameter's own {@code required}.
 * </ol>
 */
final class ListInferrer {

  private static final List<String> SKIP = List.of("skip");
  private static final List<String> OFFSET = List.of("offset");
  private static final List<String> PAGE = List.of("page");
  private static final List<String> LIMIT = List.of("limit");
  private static final List<String> PAGE_SIZES = List.of("size", "pagesize", "perpage", "limit", "itemsperpage");
  private static final List<String> CURSORS = List.of("cursor", "after", "startingafter", "pagetoken",
      "nextpagetoken");
  private static final List<String> BEFORES = List.of("before", "endingbefore");
  private static final List<String> CURSOR_SIZES = List.of("limit", "size", "pagesize", "perpage");
  private static final List<String> SORTS = List.of("orderby", "sort", "sortby", "ordering", "sorting", "sortby[]");
  private static final List<String> DIRECTIONS = List.of("order", "direction", "sortorder", "orderdir", "sortdir",
      "sortdirection");
  private static final Set<String> DIRECTION_VALUES = Set.of("asc", "desc", "ascending", "descending");
  private static final List<String> DESCENDING_ARRAYS = List.of("descending[]");
  private static final List<String> SEARCHES = List.of("search", "q", "query", "term", "filter[search]");

  private final SchemaNormalizer normalizer;
  private final ListEnvelope envelope;
  private final ListFilters filters;

  private final Map<JsonNode, Optional<ListShape>> shapes = new java.util.IdentityHashMap<>();

  ListInferrer(SchemaNormalizer normalizer, DiagnosticsCollector diagnostics) {
    this.normalizer = normalizer;
    this.envelope = new ListEnvelope(normalizer);
    this.filters = new ListFilters(normalizer, diagnostics);
  }

  /**
   * Where the records are in a list response: empty when the 200 response schema is neither an array nor an
   * envelope holding one.
   */
  Optional<ListShape> shape(JsonNode responseSchema) {
    // Asked twice per collection GET (grouping paths, then building the resource): remember the answer.
    return shapes.computeIfAbsent(responseSchema, envelope::shape);
  }

  /** Paging, sort, search and filters from the list operation's query parameters. */
  ListCapabilities capabilities(String path, List<JsonNode> queryParameters, ListShape shape) {
    List<ListFilters.Param> params = new ArrayList<>();
    for (JsonNode raw : queryParameters) {
      param(raw).ifPresent(params::add);
    }
    Set<String> used = new HashSet<>();
    Pagination pagination = pagination(params, shape, used);
    Optional<SortDef> sort = sort(params, used);
    Optional<String> search = first(params, SEARCHES, used, p -> !p.deprecated() && isText(p.schema()))
        .map(ListFilters.Param::name);
    search.ifPresent(used::add);
    List<FilterDef> filterDefs = new ArrayList<>();
    for (ListFilters.Param param : params) {
      if (!used.contains(param.name())) {
        filters.filter(path, param, shape).ifPresent(filterDefs::add);
      }
    }
    return new ListCapabilities(pagination, sort, search, filterDefs);
  }

  private Optional<ListFilters.Param> param(JsonNode raw) {
    JsonNode node = normalizer.resolve(raw);
    // One pass over the parameter's keys: list operations have dozens of parameters (polar's, PagerDuty's).
    String name = "";
    JsonNode schemaNode = null;
    JsonNode content = null;
    boolean required = false;
    boolean deprecated = false;
    PropertyMap keys = TreeNodeFactory.propertiesOf(node);
    for (int i = 0; i < keys.size(); i++) {
      JsonNode value = keys.valueAt(i);
      switch (keys.nameAt(i)) {
        case "name" -> name = value.asText("");
        case "schema" -> schemaNode = value;
        case "content" -> content = value;
        case "required" -> required = value.asBoolean(false);
        case "deprecated" -> deprecated = value.asBoolean(false);
        default -> { }
      }
    }
    if (name.isEmpty()) {
      return Optional.empty();
    }
    if (schemaNode == null && content != null) {
      // OpenAPI allows `content` instead of `schema`: the parameter is then sent as that media type.
      var media = content.elements();
      schemaNode = media.hasNext() ? media.next().get("schema") : null;
    }
    deprecated = deprecated
        || (schemaNode != null && normalizer.resolve(schemaNode).path("deprecated").asBoolean(false));
    return Optional.of(new ListFilters.Param(name, normalizer.normalize(schemaNode), required, deprecated));
  }

  private Pagination pagination(List<ListFilters.Param> params, ListShape shape, Set<String> used) {
    Map<String, String> roles = new LinkedHashMap<>();
    PagingStyle style;
    if (take(roles, "skip", params, SKIP, used)) {
      style = PagingStyle.SKIP_LIMIT;
      take(roles, "limit", params, LIMIT, used);
    } else if (take(roles, "offset", params, OFFSET, used)) {
      style = PagingStyle.LIMIT_OFFSET;
      take(roles, "limit", params, LIMIT, used);
    } else if (take(roles, "page", params, PAGE, used)) {
      style = PagingStyle.PAGE_SIZE;
      take(roles, "size", params, PAGE_SIZES, used);
    } else if (take(roles, "cursor", params, CURSORS, used)) {
      style = PagingStyle.CURSOR;
      take(roles, "before", params, BEFORES, used);
      take(roles, "limit", params, CURSOR_SIZES, used);
    } else {
      style = PagingStyle.NONE;
      take(roles, "limit", params, LIMIT, used);
    }
    Optional<String> nextCursor = style == PagingStyle.CURSOR ? shape.nextCursorField() : Optional.empty();
    return new Pagination(style, roles, shape.itemsField(), shape.totalField(), nextCursor);
  }

  private static boolean take(Map<String, String> roles, String role, List<ListFilters.Param> params,
      List<String> keys, Set<String> used) {
    Optional<ListFilters.Param> param = first(params, keys, used, p -> true);
    param.ifPresent(p -> {
      roles.put(role, p.name());
      used.add(p.name());
    });
    return param.isPresent();
  }

  private Optional<SortDef> sort(List<ListFilters.Param> params, Set<String> used) {
    Predicate<ListFilters.Param> open = p -> !p.deprecated();
    Optional<ListFilters.Param> field = first(params, SORTS, used, open.and(p -> !isDirection(p)));
    if (field.isEmpty()) {
      return Optional.empty();
    }
    ListFilters.Param sort = field.get();
    used.add(sort.name());
    List<String> values = enumValues(sort.schema());
    List<String> fields = values.stream().map(ListInferrer::withoutDirectionSign).distinct().toList();
    boolean array = sort.schema().isArray();
    Optional<ListFilters.Param> parallel = first(params, DESCENDING_ARRAYS, used, open);
    if (parallel.isPresent()) {
      used.add(parallel.get().name());
      return Optional.of(new SortDef(sort.name(), SortDef.Style.PARALLEL_ARRAYS, true,
          Optional.of(parallel.get().name()), fields, true));
    }
    Optional<ListFilters.Param> direction = params.stream()
        .filter(p -> !used.contains(p.name()) && open.test(p) && isDirection(p)).findFirst();
    if (direction.isPresent()) {
      used.add(direction.get().name());
      return Optional.of(new SortDef(sort.name(), SortDef.Style.DIRECTION_PARAM, array,
          Optional.of(direction.get().name()), fields, array));
    }
    return Optional.of(new SortDef(sort.name(), SortDef.Style.MINUS_PREFIX, array || values.isEmpty(),
        Optional.empty(), fields, array));
  }

  /** {@code -created_at} and {@code +created_at} sort by {@code created_at} (a regex was 4% of infer's garbage). */
  private static String withoutDirectionSign(String value) {
    return !value.isEmpty() && (value.charAt(0) == '-' || value.charAt(0) == '+') ? value.substring(1) : value;
  }

  private boolean isDirection(ListFilters.Param p) {
    if (!SORTS.contains(p.key()) && !DIRECTIONS.contains(p.key())) {
      return false;
    }
    List<String> values = enumValues(p.schema());
    if (!values.isEmpty()) {
      return values.stream().allMatch(v -> DIRECTION_VALUES.contains(v.toLowerCase(Locale.ROOT)));
    }
    return DIRECTIONS.contains(p.key()) && isText(p.schema());
  }

  private List<String> enumValues(Schema schema) {
    Schema values = schema.isArray() ? schema.items().map(normalizer::normalize).orElse(Schema.ANY) : schema;
    return values.enumValues().stream().map(JsonNode::asText).toList();
  }

  private static boolean isText(Schema s) {
    if (s.isAny()) {
      return true;
    }
    FieldType type = FieldBuilder.typeOf(s);
    return type == FieldType.STRING || type == FieldType.TEXT;
  }

  /** The first unused parameter, by the order of {@code keys}, that passes {@code test}. */
  private static Optional<ListFilters.Param> first(List<ListFilters.Param> params, List<String> keys,
      Set<String> used, Predicate<ListFilters.Param> test) {
    for (String key : keys) {
      for (ListFilters.Param p : params) {
        if (p.key().equals(key) && !used.contains(p.name()) && test.test(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }
}
