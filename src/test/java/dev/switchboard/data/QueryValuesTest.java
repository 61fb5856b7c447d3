package dev.switchboard.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.model.FilterOp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class QueryValuesTest {

  @Test
  void sortingOrFilteringGoesBackToTheFirstPage() {
    ListQuery third = ListQuery.firstPage(20).withPage(3);
    assertThat(third.offset()).isEqualTo(40);
    assertThat(third.withSort(List.of(Sort.descending("started_at"))).page()).isEqualTo(1);
    assertThat(third.withFilter(Filter.eq("status", "missed")).page()).isEqualTo(1);
    assertThat(third.withSearch("smith").page()).isEqualTo(1);
  }

  @Test
  void theNextPageFollowsTheCursorWhenThePageGaveOne() {
    ListQuery first = ListQuery.firstPage(10);
    Page byCursor = new Page(List.of(), OptionalLong.empty(), true, Optional.of("abc"));
    Page byNumber = new Page(List.of(), OptionalLong.of(30), true, Optional.empty());
    assertThat(first.next(byCursor).cursor()).hasValue("abc");
    assertThat(first.next(byNumber).page()).isEqualTo(2);
  }

  @Test
  void aBlankSearchIsNoSearch() {
    assertThat(ListQuery.firstPage().withSearch("  ").search()).isEmpty();
  }

  @Test
  void sortsAreWrittenTheWayPeopleWriteThem() {
    assertThat(Sort.parse("-started_at")).isEqualTo(Sort.descending("started_at"));
    assertThat(Sort.parse("+status")).isEqualTo(Sort.ascending("status"));
    assertThat(Sort.parse("queue")).isEqualTo(Sort.ascending("queue"));
  }

  @Test
  void onlyInTakesSeveralValues() {
    assertThat(Filter.in("status", List.of("a", "b")).values()).containsExactly("a", "b");
    assertThatThrownBy(() -> new Filter("status", FilterOp.EQ, List.of("a", "b")))
        .hasMessageContaining("takes one value");
    assertThatThrownBy(() -> new Filter("status", FilterOp.IN, List.of())).hasMessageContaining("needs a value");
  }

  @Test
  void recordsReadNestedPathsAndIdsAsText() {
    Record call = Record.of(Map.of("id", 42L, "customer", Map.of("address", Map.of("city", "Leeds"))));
    assertThat(call.get("customer.address.city")).hasValue("Leeds");
    assertThat(call.get("customer.phone")).isEmpty();
    assertThat(call.id("id")).hasValue("42");
    assertThat(Record.of(Map.of("id", 7.0)).id("id")).hasValue("7");
  }

  @Test
  void aProblemIsFoundInsideTheExceptionsFuturesWrapItIn() {
    ApiProblem problem = ApiProblem.of(ApiProblem.Kind.TIMEOUT, "slow");
    var wrapped = new java.util.concurrent.CompletionException(new RuntimeException(problem));
    assertThat(ApiProblem.in(wrapped)).containsSame(problem);
    assertThat(problem.isTransient()).isTrue();
  }
}
