package org.commonplace.member.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.entity.Viewer;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.platform.web.PageAbout;
import org.junit.jupiter.api.Test;

class NetworkReadAheadTest {

  private final List<String> expected = new ArrayList<>();

  private NetworkReadAhead readAhead(Viewer who) {
    NetworkReadAhead readAhead = new NetworkReadAhead();
    readAhead.networks =
        new NetworkRecords() {
          @Override
          public void expect(String networkId) {
            expected.add(networkId);
          }
        };
    readAhead.viewer =
        new CurrentViewer() {
          @Override
          public Viewer viewer() {
            return who;
          }
        };
    return readAhead;
  }

  @Test
  void shouldAskForTheMembersNetworksWithThePagesFirstRead() {
    Viewer member = Viewer.member("m-1", "Amara", false, Set.of("north", "south"), Set.of("north"));

    readAhead(member).expect(new PageAbout("THREAD", "t-1"));

    assertThat(expected).containsExactlyInAnyOrder("north", "south");
  }

  @Test
  void shouldAskForNoMoreThanAFewNetworks() {
    Set<String> many = Set.of("n1", "n2", "n3", "n4", "n5", "n6", "n7");
    Viewer member = Viewer.member("m-2", "Rahul", false, many, Set.of());

    readAhead(member).expect(new PageAbout("THREAD", "t-1"));

    assertThat(expected).hasSize(NetworkReadAhead.MOST_NETWORKS_AHEAD).isSubsetOf(many);
  }

  @Test
  void shouldAskForNothingForAVisitorOrAPageAboutNothing() {
    readAhead(Viewer.ANONYMOUS).expect(new PageAbout("THREAD", "t-1"));
    readAhead(Viewer.member("m-3", "Joan", false, Set.of("north"), Set.of()))
        .expect(new PageAbout("THREAD", null));

    assertThat(expected).isEmpty();
  }
}
