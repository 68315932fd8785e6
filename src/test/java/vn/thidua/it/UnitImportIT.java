package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Importing a unit list over the API: all or nothing, with the bad rows named; administrators only. */
@ExtendWith(ArquillianExtension.class)
class UnitImportIT {

    private static final String PASSWORD = "thidua-demo-2024";
    private static final String HEADER = "code,name,type,level,parent_code,valid_from\n";
    private static final String GOOD = "IMP066521,Thôn Nhập Một,Thôn,RESIDENTIAL_AREA,06652,2026-01-01\n"
            + "IMP066522,\"Khu phố Nhập, Hai\",Khu phố,RESIDENTIAL_AREA,06652,2026-01-01\n";
    private static final String AREAS = "api/org-units?parent=06652&asOf=2026-06-01";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private HttpResponse<String> upload(String user, String csv, String query) {
        return new WebClient(base).withBasic(user, PASSWORD)
                .post("api/org-units/import?fileName=thon.csv" + query, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private String areasOfHaTu() {
        HttpResponse<String> list = new WebClient(base).withBasic("admin", PASSWORD).get(AREAS);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return list.body();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void aFileWithABadRowChangesNothingAndTheSameFileWithoutItIsImported() {
        HttpResponse<String> refused = upload("admin", HEADER + GOOD
                + "IMP066523,,Thôn,RESIDENTIAL_AREA,06652,2026-01-01\n", "");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = json(refused);
        assertThat(problem.getInt("status")).isEqualTo(422);
        assertThat(problem.getInt("created")).isZero();
        JsonObject bad = problem.getJsonArray("problems").getJsonObject(0);
        assertThat(bad.getInt("row")).isEqualTo(4);
        assertThat(bad.getString("message")).isEqualTo("Dòng 4: thiếu tên đơn vị.");
        assertThat(areasOfHaTu()).doesNotContain("IMP066521").doesNotContain("IMP066522");

        HttpResponse<String> checked = upload("admin", HEADER + GOOD, "&dryRun=true");
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        assertThat(json(checked).getInt("created")).isEqualTo(2);
        assertThat(areasOfHaTu()).as("a dry run saves nothing").doesNotContain("IMP066521");

        HttpResponse<String> imported = upload("admin", HEADER + GOOD, "");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonObject report = json(imported);
        assertThat(report.getInt("rows")).isEqualTo(2);
        assertThat(report.getInt("created")).isEqualTo(2);
        assertThat(report.getJsonArray("problems")).isEmpty();
        assertThat(areasOfHaTu()).contains("\"IMP066521\"").contains("Khu phố Nhập, Hai");

        HttpResponse<String> again = upload("admin", HEADER + GOOD, "");
        assertThat(again.statusCode()).as("the codes are taken now").isEqualTo(422);
        assertThat(json(again).getJsonArray("problems").getJsonObject(0).getString("message"))
                .startsWith("Dòng 2: Mã IMP066521 đang được một đơn vị khác dùng");
    }

    @Test
    void anAdministratorChecksAndImportsAFileOnTheUnitsPage() {
        WebClient browser = new WebClient(base);
        browser.follow(browser.login("admin", PASSWORD));
        String rows = HEADER + "WEB066521,Thôn Web Một,Thôn,RESIDENTIAL_AREA,06652,2026-01-01\n";
        HttpResponse<String> checked = browser.submitFile("admin/units.xhtml", "import", "check", "file_input",
                "web.csv", (rows + "WEB066522,Thôn Web Hai,Thôn,HAMLET,06652,2026-01-01\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(checked.body()).contains("Tệp có 2 dòng, 1 lỗi").contains("Dòng 3: không có cấp HAMLET");

        HttpResponse<String> imported = browser.submitFile("admin/units.xhtml", "import", "save", "file_input",
                "web.csv", rows.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("Đã tạo 1 đơn vị từ tệp web.csv.");
        assertThat(areasOfHaTu()).contains("\"WEB066521\"");
    }

    @Test
    void anOfficerCannotImport() {
        HttpResponse<String> response = upload("tinh.canbo", HEADER + GOOD, "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    }
}
