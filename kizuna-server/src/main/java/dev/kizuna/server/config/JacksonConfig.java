package dev.kizuna.server.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.kizuna.supply.model.CountryCode;
import dev.kizuna.supply.model.OrganizationId;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.SiteId;
import dev.kizuna.supply.model.SystemId;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;

/**
 * JSON of the domain: typed ids as their text, and absent numbers (NaN in the model) as null, so
 * every response is plain JSON that any client parses.
 */
@Configuration
public class JacksonConfig {
    @Bean
    Jackson2ObjectMapperBuilderCustomizer kizunaJson() {
        SimpleModule module = new SimpleModule("kizuna");
        for (Class<?> id : new Class<?>[] {CountryCode.class, OrganizationId.class, PartId.class, SiteId.class,
                SystemId.class}) {
            module.addSerializer(id, ToStringSerializer.instance);
        }
        JsonSerializer<Double> nanAsNull = new JsonSerializer<>() {
            @Override
            public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                if (value == null || value.isNaN() || value.isInfinite()) {
                    gen.writeNull();
                } else {
                    gen.writeNumber(value);
                }
            }
        };
        module.addSerializer(Double.class, nanAsNull);
        module.addSerializer(double.class, nanAsNull);
        return builder -> builder.modulesToInstall(module);
    }
}
