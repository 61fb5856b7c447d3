package dev.switchboard.viewmodel;

import dev.switchboard.model.AdminApi;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.ResourceDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The navigator's content: resources with a list, grouped by tag in document order, labelled for people, and
 * narrowed by the filter box (label, name or tag containing the text, case-insensitive).
 */
public final class NavigatorViewModel {

  /** One tag's resources. */
  public record Group(String tag, List<ResourceDef> resources) {}

  private final List<ResourceDef> all;
  private final StringProperty filter = new SimpleStringProperty("");
  private final ObservableList<Group> groups = FXCollections.observableArrayList();

  public NavigatorViewModel(AdminApi api) {
    this.all = api.resources().stream().filter(r -> r.operation(OperationKind.LIST).isPresent()
        && r.list().isPresent()).toList();
    filter.addListener((obs, old, text) -> regroup());
    regroup();
  }

  public StringProperty filterProperty() {
    return filter;
  }

  public ObservableList<Group> groups() {
    return groups;
  }

  /** The resources the filter leaves, in navigator order: what Enter in the filter box opens first. */
  public List<ResourceDef> visible() {
    return groups.stream().flatMap(g -> g.resources().stream()).toList();
  }

  private void regroup() {
    String text = filter.get().trim().toLowerCase(Locale.ROOT);
    Map<String, List<ResourceDef>> byTag = new LinkedHashMap<>();
    for (ResourceDef resource : all) {
      if (text.isEmpty() || matches(resource, text)) {
        byTag.computeIfAbsent(tagLabel(resource.tag()), t -> new ArrayList<>()).add(resource);
      }
    }
    List<Group> next = new ArrayList<>();
    byTag.forEach((tag, resources) -> next.add(new Group(tag, List.copyOf(resources))));
    groups.setAll(next);
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
