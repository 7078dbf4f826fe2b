package dev.kizuna.server.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and security schemes of /v3/api-docs. */
@Configuration
public class OpenApiConfig {
    @Bean
    OpenAPI kizunaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Kizuna API").version("1")
                        .description("Versioned supply-chain datasets of allied drones and counter-drone systems and"
                                + " their analyses (kizuna/1 contract). Log in with the form (session and the"
                                + " X-XSRF-TOKEN header on changes) or send HTTP Basic credentials."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("session"));
    }
}
