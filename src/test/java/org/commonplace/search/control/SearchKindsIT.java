package org.commonplace.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.lesson.entity.LessonState;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.member.control.TestNetworkAccess;
import org.commonplace.member.entity.Network;
import org.commonplace.member.entity.NetworkKind;
import org.commonplace.member.entity.NetworkVisibility;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.platform.markdown.MarkdownRenderer;
import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.TestRecordStores;
import org.commonplace.search.entity.Facet;
import org.commonplace.search.entity.FacetCounts;
import org.commonplace.search.entity.KindCount;
import org.commonplace.search.entity.SearchHit;
import org.commonplace.search.entity.SearchKind;
import org.commonplace.search.entity.SearchQuery;
import org.commonplace.search.entity.SearchResults;
import org.commonplace.search.entity.Suggestions;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.StoryDraft;
import org.commonplace.story.entity.StoryDrafts;
import org.commonplace.story.entity.StoryStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One search over stories, lessons, narratives, threads and replies against the real Elasticsearch:
 * records written through the record store, projected as the portal's observer would, searched
 * through {@link Finder} with the networks each viewer may read as {@link NetworkAccess} computes
 * them. Indices of their own, no container.
 */
@DisplayName("One search over every kind")
class SearchKindsIT {

  private static final String ALIAS = "it-kinds-search";
  private static final String OPEN = "harbourford";
  private static final String MEMBERS_ONLY = "access-quebec";
  private static final String WORD = "interpreters";

  private static final Viewer MEMBER =
      Viewer.member("gwen-pryce", "Gwen Pryce", false, Set.of(OPEN), Set.of());
  private static final Viewer FACILITATOR =
      Viewer.member("helen-marsh", "Helen Marsh", false, Set.of(OPEN), Set.of(OPEN));
  private static final Viewer OTHER =
      Viewer.member("amira-haddad", "Amira Haddad", false, Set.of(MEMBERS_ONLY), Set.of());
  private static final Viewer OUTSIDER =
      Viewer.member("no-network", "Nobody Yet", false, Set.of(), Set.of());
  private static final Viewer ADMIN =
      Viewer.member("admin", "Site Admin", true, Set.of(), Set.of());

  private static ElasticsearchClient client;
  private static RecordIndex records;
  private static RecordStores stores;
  private static SearchIndex index;
  private static Projections projections;
  private static Finder finder;
  private static NetworkAccess access;

  @BeforeAll
  static void wire() throws IOException {
    client = TestRecordStores.client();
    records = TestRecordStores.recordIndex(client, "it-kinds-records");
    projections = new Projections();
    stores =
        TestRecordStores.stores(
            client, records, change -> projections.project(change.kind(), change.id()));
    index = searchIndex(ALIAS);
    index.ensureExists();
    NetworkNames names = new NetworkNames();
    names.stores = stores;
    StoryProjector storyProjector = new StoryProjector();
    storyProjector.markdown = new MarkdownRenderer();
    LessonProjector lessonProjector = new LessonProjector();
    lessonProjector.markdown = new MarkdownRenderer();
    lessonProjector.networks = names;
    NarrativeProjector narrativeProjector = new NarrativeProjector();
    narrativeProjector.markdown = new MarkdownRenderer();
    narrativeProjector.networks = names;
    projections.stores = stores;
    projections.index = index;
    projections.register(storyProjector);
    projections.register(lessonProjector);
    projections.register(narrativeProjector);
    ThreadProjector threadProjector = new ThreadProjector();
    threadProjector.markdown = new MarkdownRenderer();
    threadProjector.networks = names;
    ReplyProjector replyProjector = new ReplyProjector();
    replyProjector.markdown = new MarkdownRenderer();
    replyProjector.networks = names;
    replyProjector.stores = stores;
    projections.register(threadProjector);
    projections.register(replyProjector);
    finder = new Finder();
    finder.client = client;
    finder.index = index;
    finder.glossary = TestGlossaries.shipped();
    access = TestNetworkAccess.over(stores);
    write();
  }

  private static SearchIndex searchIndex(String alias) throws IOException {
    SearchIndex made = new SearchIndex();
    made.client = client;
    made.alias = alias;
    for (String old : client.indices().get(g -> g.index(alias + "*")).result().keySet()) {
      client.indices().delete(d -> d.index(old));
    }
    return made;
  }

  private static void write() throws IOException {
    Instant now = Clock.systemUTC().instant();
    network(OPEN, "Harbourford Health Partnership", NetworkVisibility.OPEN);
    network(MEMBERS_ONLY, "Access Quebec", NetworkVisibility.MEMBERS_ONLY);
    StoryDraft draft = StoryDrafts.titled("Evening clinic with interpreters");
    draft.setNetworkId(OPEN);
    draft.setNetwork("Harbourford Health Partnership");
    CaseStory story = CaseStory.create("evening-story", draft, now, StoryStatus.PUBLISHED);
    stores.of(CaseStory.KIND).create(story.getId(), story).orElseThrow();
    // stories for the query handling: none says a word near the interpreters the others share
    story("ed-story", "Emergency department huddles shorten the wait", now);
    story("equipe-accent", "L'équipe de soins à domicile partage ses constats", now);
    story("equipe-plain", "Une equipe sans accents dans le titre", now);
    story("pdsa-story", "Plan-do-study-act cycles on one ward", now);
    story("pdsa-short", "Our first PDSA on the ward", now);
    story("kiva-quebec", MEMBERS_ONLY, "Kiva circles in the waiting room", now);
    lesson(
        "lesson-open", OPEN, "Book interpreters before the clinic opens.", LessonState.VALIDATED);
    lesson("lesson-proposed", OPEN, "Interpreters on call help.", LessonState.PROPOSED);
    lesson("lesson-retired", OPEN, "Phone interpreters are enough.", LessonState.RETIRED);
    lesson("lesson-quebec", MEMBERS_ONLY, "Interpreters speak Cree too.", LessonState.VALIDATED);
    Narrative narrative =
        SearchFixtures.narrative(OPEN, "Why we work together", "We bring interpreters to all.");
    stores.of(Narrative.KIND).create(OPEN, narrative).orElseThrow();
    thread("thread-open", OPEN, "Interpreters at the evening clinic", PostState.VISIBLE);
    reply("reply-open", "thread-open", OPEN, "We call the interpreters the day before.");
    reply("reply-hidden", "thread-open", OPEN, "Interpreters are a waste", PostState.HIDDEN);
    reply("reply-pending", "thread-open", OPEN, "Interpreters, says a newcomer", PostState.PENDING);
    thread("thread-quebec", MEMBERS_ONLY, "Interprètes et interpreters", PostState.VISIBLE);
    thread("thread-pending", OPEN, "Held interpreters thread", PostState.PENDING);
    thread("thread-deleted", OPEN, "Deleted interpreters thread", PostState.DELETED);
    // networks are listed near-real-time, and searches see what the last refresh made visible
    records.refresh();
    client.indices().refresh(r -> r.index(ALIAS));
  }

  private static void story(String id, String title, Instant at) {
    story(id, OPEN, title, at);
  }

  private static void story(String id, String network, String title, Instant at) {
    StoryDraft draft = StoryDrafts.titled(title);
    draft.setNetworkId(network);
    draft.setNetwork(network);
    stores
        .of(CaseStory.KIND)
        .create(id, CaseStory.create(id, draft, at, StoryStatus.PUBLISHED))
        .orElseThrow();
  }

  private static void network(String id, String name, NetworkVisibility visibility) {
    stores
        .of(Network.KIND)
        .create(
            id, Network.of(id, name, NetworkKind.PLACE_BASED, "", "", visibility, Instant.EPOCH))
        .orElseThrow();
  }

  private static void lesson(String id, String network, String statement, LessonState state) {
    Lesson lesson = SearchFixtures.lesson(id, network, statement, state);
    stores.of(Lesson.KIND).create(id, lesson).orElseThrow();
  }

  private static void thread(String id, String network, String title, PostState state) {
    stores
        .of(DiscussionThread.KIND)
        .create(id, SearchFixtures.thread(id, network, title, state))
        .orElseThrow();
  }

  private static void reply(String id, String threadId, String network, String body) {
    reply(id, threadId, network, body, PostState.VISIBLE);
  }

  private static void reply(
      String id, String threadId, String network, String body, PostState state) {
    stores
        .of(Reply.KIND)
        .create(id, SearchFixtures.reply(id, threadId, network, body, state))
        .orElseThrow();
  }

  @AfterAll
  static void close() throws IOException {
    client._transport().close();
  }

  private static SearchResults search(Viewer viewer, SearchKind kind) {
    return finder.search(SearchQuery.of(WORD, null, kind, null), readable(viewer));
  }

  private static Set<String> readable(Viewer viewer) {
    return access.readable(viewer);
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::id).toList();
  }

  private static Optional<SearchHit> hit(SearchResults results, String id) {
    return results.hits().stream().filter(h -> h.id().equals(id)).findFirst();
  }

  @Nested
  @DisplayName("when a member of an open network searches every kind")
  class EveryKind {

    private final SearchResults results = search(MEMBER, null);

    @Test
    void shouldFindTheStoryTheLessonsAndTheNarrativeWithTheirKinds() {
      assertThat(results.hits())
          .extracting(SearchHit::id, SearchHit::kind)
          .contains(
              tuple("evening-story", "story"),
              tuple("lesson-open", "lesson"),
              tuple("lesson-proposed", "lesson"),
              tuple(OPEN, "narrative"),
              tuple("thread-open", "thread"),
              tuple("reply-open", "reply"));
    }

    @Test
    void shouldLinkEachHitToItsKindsPage() {
      assertThat(hit(results, "lesson-open").orElseThrow().url())
          .isEqualTo("lesson/view.xhtml?id=lesson-open");
      assertThat(hit(results, OPEN).orElseThrow().url())
          .isEqualTo("narrative/view.xhtml?network=" + OPEN);
      assertThat(hit(results, "evening-story").orElseThrow().url())
          .isEqualTo("story/view.xhtml?id=evening-story");
      assertThat(hit(results, "thread-open").orElseThrow().url())
          .isEqualTo("thread/view.xhtml?id=thread-open");
      assertThat(hit(results, "reply-open").orElseThrow().url())
          .isEqualTo("thread/view.xhtml?id=thread-open&reply=reply-open#reply-reply-open");
    }

    @Test
    void shouldNeverFindAHeldHiddenOrDeletedPost() {
      assertThat(ids(results))
          .doesNotContain("reply-hidden", "reply-pending", "thread-pending", "thread-deleted");
      assertThat(ids(search(FACILITATOR, null)))
          .doesNotContain("reply-hidden", "reply-pending", "thread-pending", "thread-deleted");
    }

    @Test
    void shouldTitleAReplyWithItsThreadsTitle() {
      assertThat(hit(results, "reply-open").orElseThrow().titleHtml())
          .isEqualTo("Interpreters at the evening clinic");
    }

    @Test
    void shouldFindARetiredLessonMarkedRetired() {
      SearchHit retired = hit(results, "lesson-retired").orElseThrow();
      assertThat(retired.state()).isEqualTo("RETIRED");
      assertThat(retired.isRetired()).isTrue();
      assertThat(hit(results, "lesson-open").orElseThrow().isRetired()).isFalse();
    }

    @Test
    void shouldCountEachKindInTheFacet() {
      assertThat(results.kinds())
          .containsExactly(
              new KindCount("story", 1),
              new KindCount("lesson", 3),
              new KindCount("narrative", 1),
              new KindCount("thread", 1),
              new KindCount("reply", 1));
      assertThat(results.total()).isEqualTo(7);
    }

    @Test
    void shouldShowTheLessonsNetworkByName() {
      assertThat(hit(results, "lesson-open").orElseThrow().network())
          .isEqualTo("Harbourford Health Partnership");
    }
  }

  @Nested
  @DisplayName("when a query holds phrases, exclusions, OR, glossary terms, accents or typos")
  class QueryHandling {

    private List<String> found(String typed) {
      return ids(finder.search(SearchQuery.of(typed, null, null, null), readable(MEMBER)));
    }

    @Test
    void shouldFindAQuotedPhraseOnlyInItsOrder() {
      assertThat(found("\"department huddles\"")).contains("ed-story");
      assertThat(found("\"huddles department\"")).doesNotContain("ed-story");
    }

    @Test
    void shouldLeaveOutWhatIsExcluded() {
      assertThat(found("huddles")).contains("ed-story");
      assertThat(found("huddles -emergency")).doesNotContain("ed-story");
      assertThat(found("ward -\"first PDSA\"")).contains("pdsa-story").doesNotContain("pdsa-short");
    }

    @Test
    void shouldFindEitherSideOfOr() {
      assertThat(found("huddles OR domicile")).contains("ed-story", "equipe-accent");
      assertThat(found("huddles domicile")).doesNotContain("ed-story", "equipe-accent");
    }

    @Test
    void shouldFindAGlossaryTermsEquivalentsInEitherLanguage() {
      assertThat(found("ED")).contains("ed-story");
      assertThat(found("urgence")).contains("ed-story");
      assertThat(found("PEÉA")).contains("pdsa-story", "pdsa-short");
      assertThat(found("plan do study act")).contains("pdsa-story", "pdsa-short");
    }

    @Test
    void shouldFoldAccentsBothWays() {
      assertThat(found("equipe")).contains("equipe-accent", "equipe-plain");
      assertThat(found("équipe")).contains("equipe-accent", "equipe-plain");
      assertThat(found("EQUIPE DOMICILE")).containsExactly("equipe-accent");
    }

    @Test
    void shouldForgiveATypoInALongerWordButNotInAShortOne() {
      assertThat(found("emergancy")).contains("ed-story");
      assertThat(found("wird")).doesNotContain("pdsa-story");
    }

    @Test
    void shouldOfferTheWordsToTryInsteadOfAMisspeltWord() {
      SearchResults results =
          finder.search(SearchQuery.of("huddels", null, null, null), readable(MEMBER));

      assertThat(results.total()).isZero();
      assertThat(results.didYouMean()).isEqualTo("huddles");
      assertThat(found(results.didYouMean())).contains("ed-story");
    }

    @Test
    void shouldNeverSuggestAWordOnlyAMembersOnlyNetworkHolds() {
      SearchResults member =
          finder.search(SearchQuery.of("kiwa", null, null, null), readable(MEMBER));
      SearchResults insider =
          finder.search(SearchQuery.of("kiwa", null, null, null), readable(OTHER));

      assertThat(insider.didYouMean()).isEqualTo("kiva");
      assertThat(member.didYouMean()).isNull();
    }

    @Test
    void shouldOfferNothingWhenTheWordsTypedFindEnough() {
      assertThat(
              finder.search(SearchQuery.of(WORD, null, null, null), readable(MEMBER)).didYouMean())
          .isNull();
    }

    @Test
    void shouldTakeAQueryOfSyntaxOnlyAsBrowsingTheNewest() {
      SearchResults results =
          finder.search(SearchQuery.of("*** ?? \\", null, null, null), readable(MEMBER));
      assertThat(results.total()).isGreaterThan(7);
    }

    @Test
    void shouldAnswerEveryBadInputWithoutAnErrorWithinASecond() {
      List<String> bad =
          List.of(
              "\"unbalanced quote",
              "(brackets [not closed {",
              "*",
              "?",
              "\\",
              "/regex.*/",
              "title:huddles AND body:(x OR y)",
              "word ".repeat(2_000),
              String.join(" ", java.util.Collections.nCopies(500, "huddles")),
              "x".repeat(10_000),
              "رعاية صحية أولية",
              "初级保健 团队",
              "🩺🏥 huddles",
              "huddles\u0000\u0007\u001b[31m",
              "-",
              "OR OR OR",
              "\"\"");
      for (String typed : bad) {
        long start = System.nanoTime();
        SearchResults results =
            finder.search(SearchQuery.of(typed, null, null, 1_000_000), readable(MEMBER));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(results).as(typed.substring(0, Math.min(40, typed.length()))).isNotNull();
        assertThat(millis)
            .as("milliseconds for " + typed.substring(0, Math.min(40, typed.length())))
            .isLessThan(1_000);
      }
    }
  }

  @Nested
  @DisplayName("when facets narrow a search")
  class Narrowing {

    private SearchResults narrowed(Map<Facet, String> filters, boolean newest) {
      return finder.search(
          SearchQuery.of(WORD, null, null, null).narrowed(filters, newest), readable(MEMBER));
    }

    private FacetCounts facet(SearchResults results, String name) {
      return results.facets().stream()
          .filter(f -> f.facet().equals(name))
          .findFirst()
          .orElseThrow();
    }

    @Test
    void shouldCountEveryFacetAndShowANetworkByItsName() {
      SearchResults results = narrowed(Map.of(), false);

      assertThat(facet(results, "network").values())
          .containsExactly(new FacetCounts.Value(OPEN, "Harbourford Health Partnership", 7, false));
      assertThat(facet(results, "theme").values())
          .containsExactly(new FacetCounts.Value("TRUST", "TRUST", 3, false));
      assertThat(facet(results, "year").values())
          .extracting(FacetCounts.Value::value)
          .containsExactly("2026");
    }

    @Test
    void shouldCombineFacetsAndCountEachWithTheOthersApplied() {
      SearchResults validated =
          narrowed(Map.of(Facet.THEME, "TRUST", Facet.STATE, "VALIDATED"), false);

      assertThat(ids(validated)).containsExactly("lesson-open");
      assertThat(validated.total()).isEqualTo(1);
      // the state facet counts within the theme, leaving out its own choice
      assertThat(facet(validated, "state").values())
          .extracting(
              FacetCounts.Value::value, FacetCounts.Value::count, FacetCounts.Value::selected)
          .containsExactlyInAnyOrder(
              tuple("VALIDATED", 1L, true),
              tuple("PROPOSED", 1L, false),
              tuple("RETIRED", 1L, false));
      assertThat(validated.kinds()).contains(new KindCount("lesson", 1), new KindCount("story", 0));
    }

    @Test
    void shouldNarrowByYearAndFindNothingForAnotherYearOrAnUnknownValue() {
      assertThat(narrowed(Map.of(Facet.YEAR, "2026"), false).total()).isEqualTo(7);
      assertThat(narrowed(Map.of(Facet.YEAR, "2019"), false).total()).isZero();
      assertThat(narrowed(Map.of(Facet.STAGE, "NO_SUCH_STAGE"), false).total()).isZero();
      // a malformed year is dropped rather than sent to Elasticsearch
      assertThat(narrowed(Map.of(Facet.YEAR, "20x6"), false).total()).isEqualTo(7);
    }

    @Test
    void shouldSortNewestFirstWhenAsked() {
      List<Instant> created =
          narrowed(Map.of(), true).hits().stream().map(SearchHit::created).toList();

      assertThat(created).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
  }

  @Nested
  @DisplayName("when the items related to one are asked for")
  class RelatedItems {

    private List<String> related(Viewer viewer, String id) {
      Related related = new Related();
      related.client = client;
      related.index = index;
      return related.to(id, readable(viewer)).stream().map(SearchHit::id).toList();
    }

    @Test
    void shouldOfferItemsLikeTheThreadButNotTheThreadOrItsOwnReplies() {
      assertThat(related(MEMBER, "thread-open"))
          .contains("evening-story")
          .doesNotContain("thread-open", "reply-open");
    }

    @Test
    void shouldOfferOnlyWhatTheReaderMayRead() {
      assertThat(related(MEMBER, "thread-open"))
          .isNotEmpty()
          .doesNotContain("lesson-quebec", "thread-quebec", "kiva-quebec");
      assertThat(related(OUTSIDER, "lesson-quebec")).doesNotContain("thread-quebec");
      assertThat(related(OTHER, "lesson-quebec")).isNotEmpty();
    }

    @Test
    void shouldOfferNothingForAnItemNotInTheIndex() {
      assertThat(related(MEMBER, "no-such-item")).isEmpty();
    }
  }

  @Nested
  @DisplayName("when letters are typed into the search box")
  class Autocompleting {

    private Suggestions suggest(Viewer viewer, String letters) {
      Autocomplete autocomplete = new Autocomplete();
      autocomplete.client = client;
      autocomplete.index = index;
      return autocomplete.suggest(letters, readable(viewer));
    }

    private List<String> titles(Suggestions suggestions) {
      return suggestions.items().stream().map(Suggestions.Suggested::id).toList();
    }

    @Test
    void shouldOfferTitlesStartingWithTheLettersWithTheirKindAndPage() {
      Suggestions suggestions = suggest(MEMBER, "emerg");

      assertThat(suggestions.items())
          .extracting(
              Suggestions.Suggested::id, Suggestions.Suggested::kind, Suggestions.Suggested::url)
          .contains(tuple("ed-story", "story", "story/view.xhtml?id=ed-story"));
    }

    @Test
    void shouldOfferATitleWithOrWithoutItsAccentsAndForgiveOneTypo() {
      assertThat(titles(suggest(MEMBER, "l'equipe"))).contains("equipe-accent");
      assertThat(titles(suggest(MEMBER, "L'Équipe de"))).contains("equipe-accent");
      assertThat(titles(suggest(MEMBER, "emergancy"))).contains("ed-story");
    }

    @Test
    void shouldOfferOnlyWhatTheMemberMayReadAndNoReplyOnItsOwn() {
      assertThat(titles(suggest(MEMBER, "kiva"))).isEmpty();
      assertThat(titles(suggest(OTHER, "kiva"))).containsExactly("kiva-quebec");
      assertThat(titles(suggest(MEMBER, "held"))).doesNotContain("thread-pending");
      assertThat(suggest(MEMBER, "interp").items())
          .extracting(Suggestions.Suggested::kind)
          .doesNotContain("reply");
    }

    @Test
    void shouldOfferTagsInUseStartingWithTheLetters() {
      assertThat(suggest(MEMBER, "acc").tags()).contains("access");
      assertThat(suggest(MEMBER, "a.*").tags()).isEmpty();
    }

    @Test
    void shouldOfferNothingForNoLettersOrNoReadableNetwork() {
      assertThat(suggest(MEMBER, "  ")).isEqualTo(Suggestions.NONE);
      assertThat(suggest(Viewer.ANONYMOUS, "emerg")).isEqualTo(Suggestions.NONE);
    }
  }

  @Nested
  @DisplayName("when one kind is asked for")
  class OneKind {

    @Test
    void shouldReturnOnlyLessonsButCountEveryKind() {
      SearchResults results = search(MEMBER, SearchKind.LESSON);

      assertThat(results.hits()).extracting(SearchHit::kind).containsOnly("lesson");
      assertThat(ids(results))
          .containsExactlyInAnyOrder("lesson-open", "lesson-proposed", "lesson-retired");
      assertThat(results.total()).isEqualTo(3);
      assertThat(results.kinds()).contains(new KindCount("story", 1));
    }

    @Test
    void shouldReturnOnlyTheNarrative() {
      assertThat(ids(search(MEMBER, SearchKind.NARRATIVE))).containsExactly(OPEN);
    }
  }

  @Nested
  @DisplayName("when each role searches")
  class Roles {

    @Test
    void shouldNotGiveAMembersOnlyNetworksLessonToAReaderOfOpenNetworksOnly() {
      assertThat(ids(search(MEMBER, null))).doesNotContain("lesson-quebec");
      assertThat(ids(search(FACILITATOR, null))).doesNotContain("lesson-quebec");
      assertThat(ids(search(OUTSIDER, null)))
          .doesNotContain("lesson-quebec")
          .contains("lesson-open", OPEN);
    }

    @Test
    void shouldGiveAMembersOnlyNetworksLessonToItsMembers() {
      assertThat(ids(search(OTHER, null))).contains("lesson-quebec", "lesson-open");
    }

    @Test
    void shouldGiveAMembersOnlyNetworksThreadToItsMembersOnly() {
      assertThat(ids(search(OTHER, SearchKind.THREAD))).contains("thread-quebec", "thread-open");
      assertThat(ids(search(MEMBER, SearchKind.THREAD))).containsExactly("thread-open");
      assertThat(ids(search(OUTSIDER, SearchKind.THREAD))).doesNotContain("thread-quebec");
    }

    @Test
    void shouldNotCountAMembersOnlyLessonInTheFacetOfAnOutsider() {
      assertThat(search(MEMBER, null).kinds()).contains(new KindCount("lesson", 3));
      assertThat(search(OTHER, null).kinds()).contains(new KindCount("lesson", 4));
    }

    @Test
    void shouldGiveNothingToSomeoneNotSignedIn() {
      assertThat(
              finder
                  .search(SearchQuery.of(WORD, null, null), access.readable(Viewer.ANONYMOUS))
                  .hits())
          .isEmpty();
    }

    @Test
    void shouldGiveTheSiteAdminWhatThePolicyLetsThemRead() {
      Set<String> readable = readable(ADMIN);
      List<String> found = ids(finder.search(SearchQuery.of(WORD, null, null), readable));
      assertThat(found.contains("lesson-quebec")).isEqualTo(readable.contains(MEMBERS_ONLY));
    }
  }

  @Nested
  @DisplayName("when the index is rebuilt or outdated")
  class Rebuild {

    @Test
    void shouldCopyEveryKindIntoARebuiltIndex() throws IOException {
      SearchIndexRebuild rebuild = new SearchIndexRebuild();
      rebuild.client = client;
      rebuild.records = records;
      rebuild.stores = stores;
      rebuild.index = index;
      rebuild.projections = projections;
      rebuild.clock = Clock.systemUTC();

      rebuild.rebuild();
      client.indices().refresh(r -> r.index(ALIAS));

      assertThat(search(MEMBER, null).kinds())
          .containsExactly(
              new KindCount("story", 1),
              new KindCount("lesson", 3),
              new KindCount("narrative", 1),
              new KindCount("thread", 1),
              new KindCount("reply", 1));
    }

    @Test
    void shouldAddTheNewFieldsToAnOlderIndexButStillCallItOutdated() throws IOException {
      SearchIndex older = searchIndex("it-kinds-older");
      JsonObject shipped = Json.createReader(SearchIndex.DEFINITION.open()).readObject();
      JsonObject mappings = shipped.getJsonObject("mappings");
      JsonObject oldMappings =
          Json.createObjectBuilder(mappings)
              .add("_meta", Json.createObjectBuilder().add("definition", 3))
              .add(
                  "properties",
                  Json.createObjectBuilder(mappings.getJsonObject("properties"))
                      .remove("state")
                      .remove("roles"))
              .build();
      String oldDefinition =
          Json.createObjectBuilder(shipped).add("mappings", oldMappings).build().toString();
      client
          .indices()
          .create(
              c ->
                  c.index("it-kinds-older-1")
                      .withJson(
                          new ByteArrayInputStream(
                              oldDefinition.getBytes(StandardCharsets.UTF_8))));
      client.indices().putAlias(a -> a.index("it-kinds-older-1").name("it-kinds-older"));

      older.ensureExists();

      assertThat(older.isCurrent()).isFalse();
      assertThat(
              client
                  .indices()
                  .getMapping(m -> m.index("it-kinds-older-1"))
                  .get("it-kinds-older-1")
                  .mappings()
                  .properties())
          .containsKeys("state", "roles");
    }
  }
}
