package org.jifen.api.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document names the API key, so Swagger UI's "Authorize" sends it as X-Api-Key. */
@Configuration(proxyBeanMethods = false)
class ApiDocsSecurity {

    @Bean
    OpenAPI jifenOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Jifen 积分").version("v1")
                        .description("Every request needs an API key in the X-Api-Key header (see docs/api.md, "
                                + "\"API keys and roles\")."))
                .components(new Components().addSecuritySchemes("apiKey", new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-Api-Key")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
