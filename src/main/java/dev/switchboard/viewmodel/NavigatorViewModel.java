package dev.switchboard.viewmodel;

import dev.switchboard.model.AdminApi;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.ResourceDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The navigator's content: resources with a list, grouped by tag in document order, labelled for people, and
 * narrowed by the filter box (label, name or tag containing the text, case-insensitive). Resources the person may
 * not list are left out, unless {@link #showHiddenProperty() shown on request}, each with the reason.
 */
public final class NavigatorViewModel {

  /** One tag's resources. */
  public record Group(String tag, List<ResourceDef> resources) {}

  private final List<ResourceDef> all;
  private final Permissions permissions;
  private final StringProperty filter = new SimpleStringProperty("");
  private final BooleanProperty showHidden = new SimpleBooleanProperty(false);
  private final ReadOnlyIntegerWrapper hiddenCount = new ReadOnlyIntegerWrapper(this, "hiddenCount");
  private final ObservableList<Group> groups = FXCollections.observableArrayList();
  private java.util.Set<String> shownRefusals = java.util.Set.of();

  public NavigatorViewModel(AdminApi api) {
    this(api, Permissions.everything());
  }

  public NavigatorViewModel(AdminApi api, Permissions permissions) {
    // a collection under a record (a call's history) shows in that record's view: it cannot be listed alone
    this.all = api.resources().stream().filter(r -> r.operation(OperationKind.LIST).isPresent()
        && r.list().isPresent() && !SubCollections.isNested(api, r)).toList();
    this.permissions = permissions;
    filter.addListener((obs, old, text) -> regroup());
    showHidden.addListener((obs, old, show) -> regroup());
    permissions.changesProperty().addListener((obs, old, now) -> regroup()); // a 403 on a list hides it
    regroup();
  }

  /** Whether resources the person may not list are shown too (greyed, with the reason). */
  public BooleanProperty showHiddenProperty() {
    return showHidden;
  }

  /** How many resources are left out because the person may not list them. */
  public ReadOnlyIntegerProperty hiddenCountProperty() {
    return hiddenCount.getReadOnlyProperty();
  }

  /** Why the person may not list {@code resource} ("Needs the users:read permission"), or empty when they may. */
  public Optional<String> refusal(ResourceDef resource) {
    Permissions.Verdict verdict = permissions.mayList(resource);
    return verdict.allowed() ? Optional.empty() : Optional.of(verdict.reason());
  }

  public StringProperty filterProperty() {
    return filter;
  }

  public ObservableList<Group> groups() {
    return groups;
  }

  /** The resources the filter leaves, in navigator order: what Enter in the filter box opens first. */
  public List<ResourceDef> visible() {
    return groups.stream().flatMap(g -> g.resources().stream()).filter(r -> refusal(r).isEmpty()).toList();
  }

  private void regroup() {
    String text = filter.get().trim().toLowerCase(Locale.ROOT);
    Map<String, List<ResourceDef>> byTag = new LinkedHashMap<>();
    int hidden = 0;
    for (ResourceDef resource : all) {
      boolean refused = refusal(resource).isPresent();
      hidden += refused ? 1 : 0;
      if (refused && !showHidden.get()) {
        continue;
      }
      if (text.isEmpty() || matches(resource, text)) {
        byTag.computeIfAbsent(tagLabel(resource.tag()), t -> new ArrayList<>()).add(resource);
      }
    }
    List<Group> next = new ArrayList<>();
    byTag.forEach((tag, resources) -> next.add(new Group(tag, List.copyOf(resources))));
    hiddenCount.set(hidden);
    java.util.Set<String> refusedNow = new java.util.HashSet<>();
    next.forEach(g -> g.resources().forEach(r -> refusal(r).ifPresent(reason -> refusedNow.add(r.name() + reason))));
    // the same groups, refused for the same reasons: the navigator's buttons stay as they are (a rebuild would
    // replace the very button someone is about to click)
    if (!next.equals(groups) || !refusedNow.equals(shownRefusals)) {
      shownRefusals = refusedNow;
      groups.setAll(next);
    }
  }

  private static boolean matches(ResourceDef resource, String text) {
    return resource.label().toLowerCase(Locale.ROOT).contains(text)
        || resource.name().toLowerCase(Locale.ROOT).contains(text)
        || resource.tag().toLowerCase(Locale.ROOT).contains(text);
  }

  /** "calls" as "Calls", "user-admin" as "User admin": tags are often written for code. */
  public static String tagLabel(String tag) {
    if (tag == null || tag.isBlank()) {
      return "Other";
    }
    String spaced = tag.replace('_', ' ').replace('-', ' ').strip();
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
