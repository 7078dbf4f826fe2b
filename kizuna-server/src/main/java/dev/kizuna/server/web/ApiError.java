package dev.kizuna.server.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kizuna.io.dataset.DatasetProblem;

import java.util.List;

/** Error body of every API failure; {@code problems} lists a rejected dataset's FILE:LINE problems. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String message, List<DatasetProblem> problems) {
    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, null);
    }
}
