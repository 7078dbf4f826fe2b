package dev.kizuna.server.web;

import dev.kizuna.server.TestDatasets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's path through the pages in headless Chromium: log in, import a dataset, look at the
 * dashboard and the map, run a scenario and read its impact. Needs Debian's chromium and
 * chromium-driver; skipped with a message outside CI when they are missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserEndToEndTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static WebDriver driver;
    static Path profile;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but " + message);
            }
            System.err.println("SKIPPED " + BrowserEndToEndTest.class.getSimpleName() + ": " + message);
            Assumptions.abort("skipped: " + message);
        }
        profile = Files.createTempDirectory("kizuna-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            profile.toFile().deleteOnExit();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void logInImportRunAScenarioAndReadTheImpact() throws IOException {
        driver.get(url("/"));
        waiting().until(ExpectedConditions.urlContains("/login.html"));
        driver.findElement(By.id("username")).sendKeys("analyst");
        driver.findElement(By.id("password")).sendKeys("analyst-dev");
        driver.findElement(By.id("login-button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "analyst"));

        // dashboard of the seeded version
        waiting().until(d -> d.findElements(By.cssSelector("#systems tbody tr")).size() == 6);
        assertThat(driver.findElements(By.cssSelector("#content canvas"))).isNotEmpty();
        screenshot("dashboard");

        // import a dataset through the versions page
        Path zip = Files.createTempFile("kizuna-e2e-", ".zip");
        Files.write(zip, TestDatasets.zip(TestDatasets.edit(TestDatasets.seed(), "kizuna.yaml",
                text -> text.replace("(illustrative)", "(illustrative, browser test)"))));
        driver.get(url("/versions.html"));
        WebElement file = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("file")));
        file.sendKeys(zip.toAbsolutePath().toString());
        driver.findElement(By.id("label")).sendKeys("browser test import");
        driver.findElement(By.id("upload")).click();
        WebElement imported = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("imported")));
        String versionId = imported.getText().replaceAll("\\D+", "");
        assertThat(versionId).isNotEmpty();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("versions"), "browser test import"));

        // the world map draws from the geometry that ships with the app
        driver.get(url("/map.html?version=" + versionId));
        waiting().until(d -> d.findElements(By.cssSelector("#countries tbody tr")).size() > 5);
        assertThat(driver.findElements(By.cssSelector("#map canvas"))).isNotEmpty();
        assertThat(driver.findElement(By.id("error")).getText()).isEmpty();
        screenshot("map");

        driver.get(url("/network.html?version=" + versionId));
        waiting().until(d -> !d.findElement(By.id("part")).getText().isEmpty());
        screenshot("network");

        // a scenario on the imported version: China's sites knocked out
        driver.get(url("/scenario.html?version=" + versionId));
        Select analysis = new Select(waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("analysis"))));
        waiting().until(d -> !analysis.getOptions().isEmpty());
        analysis.selectByValue(ScenarioChoice.ANALYSIS);
        new Select(driver.findElement(By.id("kind"))).selectByValue("countries");
        driver.findElement(By.id("filter")).sendKeys("CN");
        WebElement china = waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("input[data-event='country:CN']")));
        china.click();
        driver.findElement(By.id("run")).click();
        WebElement impact = new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("impact")));
        screenshot("scenario");
        assertThat(impact.getText()).contains(ScenarioChoice.EXPECTED_TEXT);
        List<WebElement> rows = driver.findElements(By.cssSelector("#result tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(driver.findElement(By.id("error")).getText()).isEmpty();

        // a long analysis as a job: the page follows its progress to the result
        analysis.selectByValue("sweep");
        new Select(driver.findElement(By.id("basis"))).selectByVisibleText("country");
        driver.findElement(By.id("run")).click();
        WebElement swept = new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            List<WebElement> found = d.findElements(By.id("impact"));
            return found.isEmpty() || !found.get(0).getText().contains("events swept") ? null : found.get(0);
        });
        assertThat(swept.getText()).contains("(country)");
        assertThat(driver.findElement(By.id("status")).getText()).contains("succeeded");
        screenshot("sweep");

        // partner matching on the plan page
        driver.get(url("/plan.html?version=" + versionId));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("match-run"))).click();
        waiting().until(d -> d.findElements(By.cssSelector("#match-result tbody tr")).size() > 3);
        screenshot("match");

        // the API documentation renders inside the app's content security policy
        driver.get(url("/swagger-ui.html"));
        WebElement title = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
        assertThat(title.getText()).contains("Kizuna API");
        waiting().until(d -> d.findElements(By.cssSelector(".opblock-tag")).size() > 3);
        screenshot("swagger");

        // a supplier lands on its own organization's page and sees only its own sites
        driver.get(url("/"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();
        waiting().until(ExpectedConditions.urlContains("/login.html"));
        driver.findElement(By.id("username")).sendKeys("supplier");
        driver.findElement(By.id("password")).sendKeys("supplier-dev");
        driver.findElement(By.id("login-button")).click();
        waiting().until(ExpectedConditions.urlContains("/supplier.html"));
        waiting().until(d -> !d.findElements(By.cssSelector("#sites tbody tr")).isEmpty());
        assertThat(driver.findElement(By.id("title")).getText()).contains(TestDatasets.SUPPLIER_ORG);
        for (WebElement row : driver.findElements(By.cssSelector("#sites tbody tr"))) {
            assertThat(row.getText()).contains(TestDatasets.SUPPLIER_SITE);
        }
        screenshot("supplier");
    }
}
