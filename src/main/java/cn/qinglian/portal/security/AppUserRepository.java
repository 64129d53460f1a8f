package cn.qinglian.portal.security;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

interface AppUserRepository extends ListCrudRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);
}
