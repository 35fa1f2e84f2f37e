package io.github.camelbitbucket.model;

import java.util.HashMap;
import java.util.Map;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("ErrorDetail")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class ErrorDetail  implements Serializable {
  private String message;
  private String detail;
  private String id;
  private Map<String, Object> fields = new HashMap<>();
  private Map<String, Object> data = new HashMap<>();

  public ErrorDetail() {
  }

  @JsonCreator
  public ErrorDetail(
    @JsonProperty(required = true, value = "message") String message
  ) {
    this.message = message;
  }

  /**
   **/
  public ErrorDetail withMessage(String message) {
    this.message = message;
    return this;
  }

  
  @JsonProperty(required = true, value = "message")
  public String getMessage() {
    return message;
  }

  @JsonProperty(required = true, value = "message")
  public void setMessage(String message) {
    this.message = message;
  }

  /**
   **/
  public ErrorDetail withDetail(String detail) {
    this.detail = detail;
    return this;
  }

  
  @JsonProperty("detail")
  public String getDetail() {
    return detail;
  }

  @JsonProperty("detail")
  public void setDetail(String detail) {
    this.detail = detail;
  }

  /**
   **/
  public ErrorDetail withId(String id) {
    this.id = id;
    return this;
  }

  
  @JsonProperty("id")
  public String getId() {
    return id;
  }

  @JsonProperty("id")
  public void setId(String id) {
    this.id = id;
  }

  /**
   **/
  public ErrorDetail withFields(Map<String, Object> fields) {
    this.fields = fields;
    return this;
  }

  
  @JsonProperty("fields")
  public Map<String, Object> getFields() {
    return fields;
  }

  @JsonProperty("fields")
  public void setFields(Map<String, Object> fields) {
    this.fields = fields;
  }

  public ErrorDetail putFieldsItem(String key, Object fieldsItem) {
    if (this.fields == null) {
      this.fields = new HashMap<>();
    }

    this.fields.put(key, fieldsItem);
    return this;
  }

  public ErrorDetail removeFieldsItem(String key) {
    if (this.fields != null) {
      this.fields.remove(key);
    }

    return this;
  }
  /**
   **/
  public ErrorDetail withData(Map<String, Object> data) {
    this.data = data;
    return this;
  }

  
  @JsonProperty("data")
  public Map<String, Object> getData() {
    return data;
  }

  @JsonProperty("data")
  public void setData(Map<String, Object> data) {
    this.data = data;
  }

  public ErrorDetail putDataItem(String key, Object dataItem) {
    if (this.data == null) {
      this.data = new HashMap<>();
    }

    this.data.put(key, dataItem);
    return this;
  }

  public ErrorDetail removeDataItem(String key) {
    if (this.data != null) {
      this.data.remove(key);
    }

    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ErrorDetail errorDetail = (ErrorDetail) o;
    return Objects.equals(this.message, errorDetail.message) &&
        Objects.equals(this.detail, errorDetail.detail) &&
        Objects.equals(this.id, errorDetail.id) &&
        Objects.equals(this.fields, errorDetail.fields) &&
        Objects.equals(this.data, errorDetail.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(message, detail, id, fields, data);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class ErrorDetail {\n");
    
    sb.append("    message: ").append(toIndentedString(message)).append("\n");
    sb.append("    detail: ").append(toIndentedString(detail)).append("\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    fields: ").append(toIndentedString(fields)).append("\n");
    sb.append("    data: ").append(toIndentedString(data)).append("\n");
    sb.append("}");
    return sb.toString();
  }

  /**
   * Convert the given object to string with each line indented by 4 spaces
   * (except the first line).
   */
  private String toIndentedString(Object o) {
    return o == null ? "null" : o.toString().replace("\n", "\n    ");
  }


}
