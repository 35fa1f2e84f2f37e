package io.github.camelbitbucket.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The paged envelope. Only &#x60;values&#x60; and &#x60;next&#x60; are guaranteed; &#x60;next&#x60; is opaque.
 **/

@JsonTypeName("Page")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class Page  implements Serializable {
  private Integer size;
  private Integer page;
  private Integer pagelen;
  private String next;
  private String previous;
  private List<Object> values = new ArrayList<>();

  public Page() {
  }

  @JsonCreator
  public Page(
    @JsonProperty(required = true, value = "values") List<Object> values
  ) {
    this.values = values;
  }

  /**
   **/
  public Page withSize(Integer size) {
    this.size = size;
    return this;
  }

  
  @JsonProperty("size")
  public Integer getSize() {
    return size;
  }

  @JsonProperty("size")
  public void setSize(Integer size) {
    this.size = size;
  }

  /**
   **/
  public Page withPage(Integer page) {
    this.page = page;
    return this;
  }

  
  @JsonProperty("page")
  public Integer getPage() {
    return page;
  }

  @JsonProperty("page")
  public void setPage(Integer page) {
    this.page = page;
  }

  /**
   **/
  public Page withPagelen(Integer pagelen) {
    this.pagelen = pagelen;
    return this;
  }

  
  @JsonProperty("pagelen")
  public Integer getPagelen() {
    return pagelen;
  }

  @JsonProperty("pagelen")
  public void setPagelen(Integer pagelen) {
    this.pagelen = pagelen;
  }

  /**
   **/
  public Page withNext(String next) {
    this.next = next;
    return this;
  }

  
  @JsonProperty("next")
  public String getNext() {
    return next;
  }

  @JsonProperty("next")
  public void setNext(String next) {
    this.next = next;
  }

  /**
   **/
  public Page withPrevious(String previous) {
    this.previous = previous;
    return this;
  }

  
  @JsonProperty("previous")
  public String getPrevious() {
    return previous;
  }

  @JsonProperty("previous")
  public void setPrevious(String previous) {
    this.previous = previous;
  }

  /**
   **/
  public Page withValues(List<Object> values) {
    this.values = values;
    return this;
  }

  
  @JsonProperty(required = true, value = "values")
  public List<Object> getValues() {
    return values;
  }

  @JsonProperty(required = true, value = "values")
  public void setValues(List<Object> values) {
    this.values = values;
  }

  public Page addValuesItem(Object valuesItem) {
    if (this.values == null) {
      this.values = new ArrayList<>();
    }

    this.values.add(valuesItem);
    return this;
  }

  public Page removeValuesItem(Object valuesItem) {
    if (valuesItem != null && this.values != null) {
      this.values.remove(valuesItem);
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
    Page page = (Page) o;
    return Objects.equals(this.size, page.size) &&
        Objects.equals(this.page, page.page) &&
        Objects.equals(this.pagelen, page.pagelen) &&
        Objects.equals(this.next, page.next) &&
        Objects.equals(this.previous, page.previous) &&
        Objects.equals(this.values, page.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(size, page, pagelen, next, previous, values);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Page {\n");
    
    sb.append("    size: ").append(toIndentedString(size)).append("\n");
    sb.append("    page: ").append(toIndentedString(page)).append("\n");
    sb.append("    pagelen: ").append(toIndentedString(pagelen)).append("\n");
    sb.append("    next: ").append(toIndentedString(next)).append("\n");
    sb.append("    previous: ").append(toIndentedString(previous)).append("\n");
    sb.append("    values: ").append(toIndentedString(values)).append("\n");
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
