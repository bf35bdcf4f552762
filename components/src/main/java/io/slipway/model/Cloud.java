package io.slipway.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The cloud an environment runs on. Spelled in environment files as {@code aws} or {@code gcp}. */
public enum Cloud {
    @JsonProperty("aws") AWS,
    @JsonProperty("gcp") GCP
}
