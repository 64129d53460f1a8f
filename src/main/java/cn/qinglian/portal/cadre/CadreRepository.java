package cn.qinglian.portal.cadre;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

interface CadreRepository extends ListCrudRepository<Cadre, Long> {

    Optional<Cadre> findByIdNumber(String idNumber);
}
