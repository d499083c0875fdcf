package sre.components.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.components.internal.TestCalls.call;
import static sre.components.internal.TestCalls.result;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentRequest;
import sre.api.component.RunContext;
import sre.api.component.support.Json;
import sre.api.security.AccessCandidate;
import sre.api.vault.Vault;

/** TavilyWebSearch, ScrapflyWebScrape and ZapierAction against a loopback server. */
class WebServiceComponentsTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private LocalHttpServer server;
  private final TestPublicFiles links = new TestPublicFiles();
  private RunContext run;

  @BeforeEach
  void start() throws Exception {
    server = new LocalHttpServer();
    run =
        TestCalls.run(
            new AgentRequest(
                "POST", "/api/x", Map.of(), Map.of(), Map.of(), AccessCandidate.anonymous()),
            Map.of(),
            Map.of(
                Vault.class,
                TestServices.vault(Map.of("tavily", "tv-key", "scrapfly", "sf key", "zap", "z&p")),
                sre.api.storage.PublicFiles.class,
                links));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void tavilyPostsTheQueryWithTheVaultKey() {
    server.respond(
        200,
        "application/json",
        "{\"results\":[{\"url\":\"https://a.example\"}],\"images\":[\"i.png\"],\"answer\":\"42\"}");
    var tavily = new TavilyWebSearchComponent(server.url(""), TIMEOUT, TIMEOUT);
    Map<String, Object> config =
        Map.of(
            "sourcesLimit",
            3L,
            "searchTopic",
            "news",
            "timeRange",
            "week",
            "includeImages",
            true,
            "includeQAs",
            false,
            "excludeDomains",
            "a.com, b.org");
    Map<String, Object> out =
        result(tavily.process(call(config, Map.of("SearchQuery", "sre java"), run)));

    LocalHttpServer.Received got = server.last();
    assertThat(got.method()).isEqualTo("POST");
    assertThat(got.path()).isEqualTo("/search");
    assertThat(got.headers()).containsEntry("content-type", "application/json");
    assertThat(got.text())
        .isEqualTo(
            "{\"api_key\":\"tv-key\",\"query\":\"sre java\",\"topic\":\"news\","
                + "\"exclude_domains\":[\"a.com\",\"b.org\"],\"max_results\":3,"
                + "\"time_range\":\"week\",\"include_images\":true}");
    assertThat(out)
        .containsEntry("Results", List.of(Map.of("url", "https://a.example")))
        .containsEntry("Images", List.of("i.png"))
        .doesNotContainKeys("Answer", "_error");
  }

  @Test
  void tavilyReportsHttpFailuresAndAMissingKey() {
    server.respond(401, "application/json", "{\"detail\":\"bad key\"}");
    var tavily = new TavilyWebSearchComponent(server.url(""), TIMEOUT, TIMEOUT);
    assertThat(result(tavily.process(call(Map.of(), Map.of("SearchQuery", "q"), run))))
        .containsEntry("_error", "Request failed with status code 401");

    RunContext noKeys =
        TestCalls.run(run.request(), Map.of(), Map.of(Vault.class, TestServices.vault(Map.of())));
    assertThat(result(tavily.process(call(Map.of(), Map.of("SearchQuery", "q"), noKeys))))
        .containsEntry("_error", "The team vault has no key \"tavily\"");
  }

  @Test
  void scrapflyScrapesDeclaredInputUrlsWithSresParams() {
    server.respond(200, "application/json", "{\"result\":{\"content\":\"# Page\"},\"context\":{}}");
    var scrapfly = new ScrapflyWebScrapeComponent(server.url(""), TIMEOUT, TIMEOUT);
    Map<String, Object> config =
        Map.of("autoScroll", true, "countries", List.of("US", "ca"), "format", "text");
    Map<String, Object> inputs =
        Map.of("URLs", "[\"https://a.example/p?q=1\", \"not a url\"]", "Other", "https://x.y");
    Map<String, Object> out = result(scrapfly.process(call(config, inputs, run, "URLs")));

    LocalHttpServer.Received got = server.last();
    assertThat(got.method()).isEqualTo("GET");
    assertThat(got.path()).isEqualTo("/scrape");
    assertThat(got.query())
        .isEqualTo(
            "url=https%253A%252F%252Fa.example%252Fp%253Fq%253D1&key=sf+key&cost_budget=80"
                + "&format=text&auto_scroll=true&render_js=true&country=us,ca");
    assertThat(out)
        .containsEntry(
            "Results", List.of(Map.of("url", "https://a.example/p?q=1", "content", "# Page")))
        .containsEntry("FailedURLs", List.of())
        .doesNotContainKey("_error");
  }

  @Test
  void scrapflyListsFailedUrlsWithTheProviderMessage() {
    server.respond(
        422, "application/json", "{\"result\":{\"error\":{\"message\":\"Budget exceeded\"}}}");
    var scrapfly = new ScrapflyWebScrapeComponent(server.url(""), TIMEOUT, TIMEOUT);
    Map<String, Object> out =
        result(scrapfly.process(call(Map.of(), Map.of("URLs", "https://a.example"), run, "URLs")));
    assertThat(out)
        .containsEntry("Results", List.of())
        .containsEntry(
            "FailedURLs", List.of(Map.of("url", "https://a.example", "error", "Budget exceeded")));
  }

  @Test
  void zapierPostsInputsToTheActionWithTheResolvedKey() {
    server.respond(200, "application/json", "{\"status\":\"success\",\"id\":\"7\"}");
    var zapier = new ZapierActionComponent(server.url(""), TIMEOUT, TIMEOUT);
    Map<String, Object> config = Map.of("actionId", "01ABC", "apiKey", "{{KEY(zap)}}");
    Map<String, Object> out =
        result(zapier.process(call(config, Map.of("Instructions", "send hi to Ann"), run)));

    LocalHttpServer.Received got = server.last();
    assertThat(got.method()).isEqualTo("POST");
    assertThat(got.path()).isEqualTo("/api/v1/exposed/01ABC/execute/");
    assertThat(got.query()).isEqualTo("api_key=z%26p");
    assertThat(got.headers()).containsEntry("content-type", "application/json");
    assertThat(Json.parse(got.text())).isEqualTo(Map.of("Instructions", "send hi to Ann"));
    assertThat(out).containsEntry("Output", Map.of("status", "success", "id", "7"));
  }

  @Test
  void zapierErrors() {
    var zapier = new ZapierActionComponent(server.url(""), TIMEOUT, TIMEOUT);
    Map<String, Object> in = Map.of("Instructions", "x");
    assertThat(result(zapier.process(call(Map.of("actionId", "1", "apiKey", ""), in, run))))
        .containsEntry("_error", "You are not authorized to run the Zapier Action!");
    assertThat(result(zapier.process(call(Map.of("apiKey", "k"), in, run))))
        .containsEntry("_error", "Zapier Action ID is required!");
    assertThat(result(zapier.process(call(Map.of("actionId", "1", "apiKey", "k"), Map.of(), run))))
        .containsEntry(
            "_error", "Give a plain english description of exact action you want to do!");

    server.respond(400, "application/json", "{\"error\":\"bad\"}");
    assertThat(result(zapier.process(call(Map.of("actionId", "1", "apiKey", "k"), in, run))))
        .containsEntry("_error", "Zapier Error: {\"error\":\"bad\"}");
    server.respond(500, "application/json", "{}");
    assertThat(result(zapier.process(call(Map.of("actionId", "1", "apiKey", "k"), in, run))))
        .containsEntry("_error", "Zapier Error: Request failed with status code 500");
  }

  @Test
  void zapierSendsStoredFilesAsTemporaryLinks() {
    server.respond(200, "application/json", "{\"status\":\"success\"}");
    var zapier = new ZapierActionComponent(server.url(""), TIMEOUT, TIMEOUT);
    Map<String, Object> file =
        Map.of(
            "mimetype", "application/pdf",
            "size", 3L,
            "url", "smythfs://default.team/agent-1/_temp/report.pdf",
            "name", "report.pdf");

    result(
        zapier.process(
            call(
                Map.of("actionId", "01ABC", "apiKey", "{{KEY(zap)}}"),
                Map.of("Instructions", "mail the report", "Report", file),
                run)));

    Object sent = Json.parse(server.last().text());
    assertThat(sent)
        .isEqualTo(
            Map.of(
                "Instructions",
                "mail the report",
                "Report",
                Map.of(
                    "mimetype", "application/pdf",
                    "size", 3L,
                    "url", "http://files.test/_temp/abc123/link-1",
                    "name", "report.pdf")));
    assertThat(links.made.get(0).resourceId()).isEqualTo("teams/default/agent-1/_temp/report.pdf");
    assertThat(links.destroyed).containsExactly("http://files.test/_temp/abc123/link-1");
  }
}
