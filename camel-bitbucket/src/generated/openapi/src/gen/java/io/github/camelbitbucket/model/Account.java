package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.Links;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A user account; null where there is none (an unassigned issue; send null to unassign).
 **/

@JsonTypeName("Account")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class Account  implements Serializable {
  private String type;
  private String uuid;
  private String accountId;
  private String displayName;
  private String nickname;
  private Links links;

  public Account() {
  }

  /**
   **/
  public Account withType(String type) {
    this.type = type;
    return this;
  }

  
  @JsonProperty("type")
  public String getType() {
    return type;
  }

  @JsonProperty("type")
  public void setType(String type) {
    this.type = type;
  }

  /**
   **/
  public Account withUuid(String uuid) {
    this.uuid = uuid;
    return this;
  }

  
  @JsonProperty("uuid")
  public String getUuid() {
    return uuid;
  }

  @JsonProperty("uuid")
  public void setUuid(String uuid) {
    this.uuid = uuid;
  }

  /**
   **/
  public Account withAccountId(String accountId) {
    this.accountId = accountId;
    return this;
  }

  
  @JsonProperty("account_id")
  public String getAccountId() {
    return accountId;
  }

  @JsonProperty("account_id")
  public void setAccountId(String accountId) {
    this.accountId = accountId;
  }

  /**
   **/
  public Account withDisplayName(String displayName) {
    this.displayName = displayName;
    return this;
  }

  
  @JsonProperty("display_name")
  public String getDisplayName() {
    return displayName;
  }

  @JsonProperty("display_name")
  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  /**
   **/
  public Account withNickname(String nickname) {
    this.nickname = nickname;
    return this;
  }

  
  @JsonProperty("nickname")
  public String getNickname() {
    return nickname;
  }

  @JsonProperty("nickname")
  public void setNickname(String nickname) {
    this.nickname = nickname;
  }

  /**
   **/
  public Account withLinks(Links links) {
    this.links = links;
    return this;
  }

  
  @JsonProperty("links")
  public Links getLinks() {
    return links;
  }

  @JsonProperty("links")
  public void setLinks(Links links) {
    this.links = links;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Account account = (Account) o;
    return Objects.equals(this.type, account.type) &&
        Objects.equals(this.uuid, account.uuid) &&
        Objects.equals(this.accountId, account.accountId) &&
        Objects.equals(this.displayName, account.displayName) &&
        Objects.equals(this.nickname, account.nickname) &&
        Objects.equals(this.links, account.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, uuid, accountId, displayName, nickname, links);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Account {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    uuid: ").append(toIndentedString(uuid)).append("\n");
    sb.append("    accountId: ").append(toIndentedString(accountId)).append("\n");
    sb.append("    displayName: ").append(toIndentedString(displayName)).append("\n");
    sb.append("    nickname: ").append(toIndentedString(nickname)).append("\n");
    sb.append("    links: ").append(toIndentedString(links)).append("\n");
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
