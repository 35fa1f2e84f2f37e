package io.github.camelbitbucket.model;

import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("Content")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class Content  implements Serializable {
  private String raw;
  private String markup;
  private String html;

  public Content() {
  }

  /**
   **/
  public Content withRaw(String raw) {
    this.raw = raw;
    return this;
  }

  
  @JsonProperty("raw")
  public String getRaw() {
    return raw;
  }

  @JsonProperty("raw")
  public void setRaw(String raw) {
    this.raw = raw;
  }

  /**
   **/
  public Content withMarkup(String markup) {
    this.markup = markup;
    return this;
  }

  
  @JsonProperty("markup")
  public String getMarkup() {
    return markup;
  }

  @JsonProperty("markup")
  public void setMarkup(String markup) {
    this.markup = markup;
  }

  /**
   **/
  public Content withHtml(String html) {
    this.html = html;
    return this;
  }

  
  @JsonProperty("html")
  public String getHtml() {
    return html;
  }

  @JsonProperty("html")
  public void setHtml(String html) {
    this.html = html;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Content content = (Content) o;
    return Objects.equals(this.raw, content.raw) &&
        Objects.equals(this.markup, content.markup) &&
        Objects.equals(this.html, content.html);
  }

  @Override
  public int hashCode() {
    return Objects.hash(raw, markup, html);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Content {\n");
    
    sb.append("    raw: ").append(toIndentedString(raw)).append("\n");
    sb.append("    markup: ").append(toIndentedString(markup)).append("\n");
    sb.append("    html: ").append(toIndentedString(html)).append("\n");
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
