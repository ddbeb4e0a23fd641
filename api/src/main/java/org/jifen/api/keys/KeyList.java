package org.jifen.api.keys;

import java.util.List;

/** Every key, revoked ones included, oldest first. */
public record KeyList(List<KeyView> keys) {
}
